import type { Contact } from '../../../../shared/api/members';
import type { ContactRole } from '../../../../shared/domain/structure';
import { searchKey } from '../../reference/search-key';
import type { ContactValue } from '../../store/register/contacts';

// « Mme », « M. », « Dr »…: a title in front of a name, which one file writes and another does not.
const civility = /^(mme|mlle|mademoiselle|madame|monsieur|m|mr|dr|docteur|pr|professeur)\s+/;
const withoutCivility = (name: string) => searchKey(name).replace(civility, '');

/** The role a function text names: « Présidente » → president, « Directrice adjointe » → director… */
export function roleOfFunction(text: string): { role: ContactRole; roleLabel: string } {
  const key = searchKey(text);
  if (key === '') return { role: 'other', roleLabel: '' };
  if (/\bpresid/.test(key)) return { role: 'president', roleLabel: /^president(e)?$/.test(key) ? '' : text.trim() };
  if (/\b(drh|rh|ressources humaines)\b/.test(key)) return { role: 'hr', roleLabel: /^(drh|rh)$/.test(key) ? '' : text.trim() };
  if (/\b(direct|dir)\b|\bdirect/.test(key)) return { role: 'director', roleLabel: /^direct(eur|rice)$/.test(key) ? '' : text.trim() };
  return { role: 'other', roleLabel: text.trim() };
}

/** A contact already on the structure: same role and name (with or without « Mme »), or same e-mail. */
export function sameContact(existing: readonly Contact[], contact: ContactValue): Contact | undefined {
  return existing.find(
    (other) => (other.role === contact.role && withoutCivility(other.name) === withoutCivility(contact.name)) || (contact.email !== '' && other.email === contact.email),
  );
}

/**
 * What the import writes over a known contact: an empty cell keeps what the register knows, and a
 * name that differs only by its civility keeps the register's (« Mme Catherine Lemaître » is never
 * silently renamed « Catherine Lemaître »).
 */
export function mergedContact(same: Contact, contact: ContactValue): ContactValue {
  const keepsName = withoutCivility(same.name) === withoutCivility(contact.name) && same.name.length >= contact.name.length;
  return {
    ...contact,
    name: keepsName ? same.name : contact.name,
    email: contact.email || same.email,
    phone: contact.phone || same.phone,
    roleLabel: contact.roleLabel || same.roleLabel,
  };
}

const fieldLabels = { name: 'nom', role: 'rôle', roleLabel: 'fonction', email: 'e-mail', phone: 'téléphone' } as const;

/** « Contact « Catherine Lemaître » : e-mail « a@x.fr » → « b@x.fr » », or null when nothing changes. */
export function describeContactChange(same: Contact, merged: ContactValue, roleLabels: Record<ContactRole, string>): string | null {
  const changes: string[] = [];
  for (const field of Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]) {
    const before = field === 'role' ? roleLabels[same.role] : same[field];
    const after = field === 'role' ? roleLabels[merged.role] : merged[field];
    if (before !== after) changes.push(`${fieldLabels[field]} «\u00a0${before || '—'}\u00a0» → «\u00a0${after || '—'}\u00a0»`);
  }
  return changes.length > 0 ? `Contact «\u00a0${same.name}\u00a0» : ${changes.join(' ; ')}.` : null;
}
