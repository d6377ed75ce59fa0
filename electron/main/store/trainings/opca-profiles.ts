import type Database from 'better-sqlite3';
import type { OpcaProfile } from '../../../../shared/api/opca';
import { normalizeEmail } from '../../../../shared/domain/contact';
import { opcas, opcaCodes, type Opca } from '../../../../shared/domain/structure';
import { defaultLayouts, importMappingSchema, opcaLayoutSchema, type ImportMapping, type OpcaLayout } from '../../../../shared/domain/trainings/opca-layout';
import { fail } from '../../errors';

type Raw = { opca: Opca; email: string; layout: string; importMapping: string };

/** A fund's profile: the saved one, or the shipped defaults (a stored layout a newer app cannot read falls back to them). */
export function readProfile(db: Database.Database, opca: Opca): OpcaProfile {
  const raw = db.prepare('SELECT opca, email, layout, import_mapping AS importMapping FROM opca_profile WHERE opca = ?').get(opca) as Raw | undefined;
  const layout = raw ? opcaLayoutSchema.safeParse(JSON.parse(raw.layout)) : null;
  const mapping = raw ? importMappingSchema.safeParse(JSON.parse(raw.importMapping)) : null;
  return {
    opca,
    label: opcas[opca],
    email: raw?.email ?? '',
    layout: layout?.success ? layout.data : defaultLayouts[opca],
    importMapping: mapping?.success ? mapping.data : {},
    isDefault: !raw,
  };
}

export const readProfiles = (db: Database.Database) => opcaCodes.map((opca) => readProfile(db, opca));

function upsert(db: Database.Database, opca: Opca, email: string, layout: OpcaLayout, mapping: ImportMapping, now: Date) {
  db.prepare(
    `INSERT INTO opca_profile (opca, email, layout, import_mapping, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (opca) DO UPDATE SET email = excluded.email, layout = excluded.layout, import_mapping = excluded.import_mapping, updated_at = excluded.updated_at`,
  ).run(opca, email, JSON.stringify(layout), JSON.stringify(mapping), now.toISOString());
}

export function saveProfile(db: Database.Database, opca: Opca, input: { email: string; layout: unknown }, now: Date): OpcaProfile {
  const email = normalizeEmail(input.email);
  if (!email.ok) fail('VALIDATION', email.message);
  const layout = opcaLayoutSchema.safeParse(input.layout);
  if (!layout.success) fail('VALIDATION', layout.error.issues[0]?.message ?? 'La mise en page du classeur n’est pas valide.');
  upsert(db, opca, email.value, layout.data, readProfile(db, opca).importMapping, now);
  return readProfile(db, opca);
}

export function saveImportMapping(db: Database.Database, opca: Opca, mapping: ImportMapping, now: Date): void {
  const profile = readProfile(db, opca);
  upsert(db, opca, profile.email, profile.layout, mapping, now);
}

export function resetProfile(db: Database.Database, opca: Opca): OpcaProfile {
  db.prepare('DELETE FROM opca_profile WHERE opca = ?').run(opca);
  return readProfile(db, opca);
}

/** The file shared with a colleague: small, versioned, recognisable. */
export const profileFileKind = 'passerelles-opca-profile';
export const profileFileOf = (profile: OpcaProfile) =>
  JSON.stringify({ kind: profileFileKind, version: 1, opca: profile.opca, email: profile.email, layout: profile.layout, importMapping: profile.importMapping }, null, 2);

/** Reads a shared profile file (already size-checked) into this fund's profile; nothing saved on any error. */
export function importProfileFile(db: Database.Database, opca: Opca, text: string, fileName: string, now: Date): OpcaProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail('INVALID_FILE', `« ${fileName} » n’est pas un profil Passerelles (fichier .json illisible). Rien n’a été modifié.`);
  }
  const file = data as { kind?: unknown; email?: unknown; layout?: unknown; importMapping?: unknown };
  if (typeof file !== 'object' || file === null || file.kind !== profileFileKind)
    fail('INVALID_FILE', `« ${fileName} » n’est pas un profil d’OPCA exporté par Passerelles. Rien n’a été modifié.`);
  const layout = opcaLayoutSchema.safeParse(file.layout);
  if (!layout.success) fail('INVALID_FILE', `Le profil « ${fileName} » a une mise en page invalide (${layout.error.issues[0]?.message ?? 'colonnes'}). Rien n’a été modifié.`);
  const mapping = importMappingSchema.safeParse(file.importMapping ?? {});
  const email = normalizeEmail(typeof file.email === 'string' ? file.email : '');
  upsert(db, opca, email.ok ? email.value : '', layout.data, mapping.success ? mapping.data : {}, now);
  return readProfile(db, opca);
}

export const readOpcaProfileMapping = (db: Database.Database, opca: Opca): ImportMapping => readProfile(db, opca).importMapping;
