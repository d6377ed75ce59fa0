import { z } from 'zod';

export const errorCodes = [
  'INVALID_FILE', // not what it claims to be (not SQLite, not a workbook, unreadable)
  'NOT_PASSERELLES', // a SQLite file that belongs to another program
  'NEWER_SCHEMA', // made by a newer version of the app
  'CORRUPT', // integrity check failed
  'ALREADY_OPEN', // open in another window
  'NO_ASSOCIATION', // a call that needs an open file, with none open
  'VALIDATION', // the input breaks a rule the person can fix
  'NOT_FOUND',
  'CONFLICT', // duplicate, or changed meanwhile
  'CANCELLED', // the person closed a dialog
  'READ_ONLY',
  'INTERNAL', // a bug: the message still says what to do
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({ code: errorCodeSchema, message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
