// Follow-up (issue 7, section 3): who to remind. Members who have not sent their CDD file for a
// period, and, for a year, who has not paid the fee, with the totals called and received; both
// exported to .xlsx with the contacts' e-mails, as Paheko and Dolibarr users expect.
import { z } from 'zod';
import { monthSchema } from './cdd';
import { defineCall } from './define';

const id = z.number().int().positive();
const year = z.number().int().min(2000).max(2100);

const contactEmailSchema = z.object({ name: z.string(), role: z.string(), email: z.string() });

export const missingCddReminderSchema = z.object({
  structureId: id,
  name: z.string(),
  epciName: z.string(),
  isMember: z.boolean(),
  wasSent: z.boolean(),
  /** Contacts with an e-mail, director first. */
  contacts: z.array(contactEmailSchema),
});

export const feeLineSchema = z.object({
  structureId: id,
  name: z.string(),
  /** null: no fee recorded for the year. */
  feeCents: z.number().int().nullable(),
  paidOn: z.string().nullable(),
  contacts: z.array(contactEmailSchema),
});

export const feesSchema = z.object({
  year,
  /** Members of the year whose fee is not marked paid (no payment date). */
  unpaid: z.array(feeLineSchema),
  paidCount: z.number().int(),
  memberCount: z.number().int(),
  /** Sum of the fees recorded for the year's members, paid or not. */
  calledCents: z.number().int(),
  /** Sum of the fees with a payment date. */
  receivedCents: z.number().int(),
  /** Members of the year without any fee amount recorded: the total called leaves them out. */
  withoutAmount: z.number().int(),
  /** Years with memberships on file, newest first (to choose from). */
  years: z.array(year),
});
export type Fees = z.infer<typeof feesSchema>;

const exportSchema = z.object({ fileName: z.string(), rowCount: z.number().int(), withoutEmail: z.number().int() });

export const followUpCalls = {
  /** Structures expected for the period that sent nothing, with their contacts' e-mails. */
  'followUp.missingCdd': defineCall(z.object({ from: monthSchema, to: monthSchema }), z.array(missingCddReminderSchema)),
  /** Asks where to save, then writes the reminder list (one line per contact e-mail). */
  'followUp.exportMissingCdd': defineCall(z.object({ from: monthSchema, to: monthSchema }), exportSchema),
  /** For a year (default: the latest year with memberships): totals and who has not paid. */
  'followUp.fees': defineCall(z.object({ year: year.nullable().default(null) }), feesSchema),
  'followUp.exportFeeReminders': defineCall(z.object({ year }), exportSchema),
};
