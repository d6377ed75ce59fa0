import type Database from 'better-sqlite3';
import type { FinessPreview, FinessFilters } from '../../../../shared/api/member-imports';
import type { StructureInput } from '../../../../shared/api/members';
import { isSameLocation, type StoredLocation } from '../../../../shared/domain/location';
import { formatSiret } from '../../../../shared/domain/siret';
import { communesOfEpci, successorOf } from '../../reference/communes';
import { directoryLookups, normalizeStructureInput, type RegisterLookups, type StructureValue } from '../../store/register/structure-input';
import { findStructureByIdentifiers, getStructureValue } from '../../store/register/structures';
import { importedChanges } from '../structure-changes';
import { interventionFieldOf, structureTypeOf } from './categories';
import type { FinessEstablishment, FinessExtract } from './extract';
import { locationChange, storedLocation } from './location';
import { frenchTypography } from '../../../../shared/domain/occupations/rome-reference';

type Filters = Required<Omit<FinessFilters, 'importId'>>;
type LineNote = FinessPreview['refused'][number];

export type FinessPlan = {
  /** `location`: from the extract's geolocalisation line, null when it has none. */
  toAdd: { establishment: FinessEstablishment; value: StructureValue; location: StoredLocation | null }[];
  /** `location`: the new location to write, null when it is unchanged (or the extract has none: an import never erases). */
  toUpdate: {
    id: number;
    establishment: FinessEstablishment;
    changes: Partial<StructureValue>;
    location: StoredLocation | null;
    preview: FinessPreview['toUpdate'][number];
  }[];
  unchanged: number;
  /** Readable establishments left out by the filters. */
  outsideFilters: number;
  /** Every `structureet` line: readable or not. */
  lineCount: number;
  refused: LineNote[];
  warnings: LineNote[];
};

/** The establishments the person picked: one department, then communes or EPCIs, then categories. */
export function selectEstablishments(extract: FinessExtract, filters: Filters): FinessEstablishment[] {
  const department = filters.departmentCode.trim().toUpperCase();
  const categories = new Set(filters.categoryCodes);
  const territory = new Set(filters.communeCodes.map((code) => code.toUpperCase()));
  for (const epci of filters.epciCodes) for (const commune of communesOfEpci(epci)) territory.add(commune.code);
  const isInTerritory = (code: string) => territory.size === 0 || territory.has(code) || territory.has(successorOf(code)?.code ?? '');
  return extract.establishments.filter(
    (e) => e.departmentCode === department && (categories.size === 0 || categories.has(e.categoryCode)) && isInTerritory(e.communeCode),
  );
}

function inputOf(e: FinessEstablishment): StructureInput {
  const type = structureTypeOf(e.categoryCode, e.name);
  return {
    name: e.name,
    finessEt: e.finessEt,
    finessEj: e.finessEj,
    siret: e.siret,
    type,
    field: interventionFieldOf(type, e.aggregateCode),
    address: e.address.slice(0, 300),
    postcode: e.postcode,
    communeCode: e.communeCode,
  };
}

/**
 * Checks one establishment. Without a valid FINESS ET or name it cannot be imported; any other
 * field that fails its check (a SIRET with a wrong key, a commune unknown to the directory) is
 * left empty, with a warning, rather than losing the establishment.
 */
function checked(e: FinessEstablishment, lookups: RegisterLookups): { value: StructureValue | null; refusal: string | null; warnings: string[] } {
  const input = inputOf(e);
  let result = normalizeStructureInput(input, lookups, { isFinessFromRegistry: true });
  const blocking = result.errors.filter((error) => error.field === 'finessEt' || error.field === 'name');
  if (blocking.length > 0) return { value: null, refusal: blocking.map((error) => error.message).join(' '), warnings: [] };
  const warnings = result.warnings.map((warning) => warning.message);
  if (result.errors.length > 0) {
    const dropped = Object.fromEntries(result.errors.map((error) => [error.field, '']));
    for (const error of result.errors) warnings.push(`${error.message} Importé sans ce champ.`);
    result = normalizeStructureInput({ ...input, ...dropped }, lookups, { isFinessFromRegistry: true });
  }
  return { value: result.value, refusal: null, warnings };
}

/** Compares the selected establishments with the register: what would be added, updated, left alone. */
export function planFinessImport(db: Database.Database, extract: FinessExtract, filters: Filters, lookups = directoryLookups): FinessPlan {
  const selected = selectEstablishments(extract, filters);
  const plan: FinessPlan = {
    toAdd: [],
    toUpdate: [],
    unchanged: 0,
    outsideFilters: extract.establishments.length - selected.length,
    lineCount: extract.establishments.length + extract.unreadable.length,
    // An unreadable line has no trustworthy department: it is shown whatever the filters, never dropped.
    refused: extract.unreadable.map((line) => ({ ...line })),
    warnings: [],
  };
  const seenFiness = new Map<string, number>();
  const seenSiret = new Map<string, string>();
  for (const e of selected) {
    const note = (message: string): LineNote => ({ line: e.line, finessEt: e.finessEt, name: e.name, message });
    const { value, refusal, warnings } = checked(e, lookups);
    if (!value) {
      plan.refused.push(note(refusal ?? ''));
      continue;
    }
    const firstLine = seenFiness.get(value.finessEt);
    if (firstLine !== undefined) {
      plan.refused.push(note(`Le FINESS ${value.finessEt} figure déjà ligne ${firstLine} de l’extraction : cette ligne est ignorée.`));
      continue;
    }
    seenFiness.set(value.finessEt, e.line);
    for (const warning of warnings) plan.warnings.push(note(warning));

    // Several establishments of one legal entity may carry the same SIRET: the first one keeps it.
    const siretOwner = value.siret ? seenSiret.get(value.siret) : undefined;
    if (siretOwner) {
      plan.warnings.push(note(`Le SIRET ${formatSiret(value.siret)} est aussi celui du FINESS ${siretOwner} : importé sans SIRET.`));
      value.siret = '';
    } else if (value.siret) seenSiret.set(value.siret, value.finessEt);

    const sameFiness = findStructureByIdentifiers(db, { finessEt: value.finessEt });
    // A structure typed by hand with this SIRET and no FINESS is this establishment.
    const sameSiret = !sameFiness && value.siret ? findStructureByIdentifiers(db, { siret: value.siret }) : null;
    const match = sameFiness ?? (sameSiret && sameSiret.finessEt === '' ? sameSiret : null);
    if (sameSiret && !match) {
      plan.warnings.push(note(`Le SIRET ${formatSiret(value.siret)} est déjà celui de « ${sameSiret.name} » : importé sans SIRET.`));
      value.siret = '';
    }
    if (!match) {
      plan.toAdd.push({ establishment: e, value, location: e.location });
      continue;
    }
    const current = getStructureValue(db, match.id);
    if (!current) continue;
    if (value.siret && value.siret !== current.siret && findStructureByIdentifiers(db, { siret: value.siret }, match.id)) {
      plan.warnings.push(note(`Le SIRET ${formatSiret(value.siret)} est déjà celui d’une autre structure : il n’est pas repris.`));
      value.siret = current.siret;
    }
    const { changes, described } = importedChanges(current, value, ['name', 'finessEt', 'finessEj', 'siret', 'type', 'field', 'address', 'postcode', 'communeCode']);
    // A new or moved location is one "Localisation" line, never its coordinates one by one.
    const before = e.location ? storedLocation(db, match.id) : null;
    const location = e.location && !isSameLocation(before, e.location) ? e.location : null;
    if (location) described.push(locationChange(before, location));
    if (described.length === 0) {
      plan.unchanged += 1;
      continue;
    }
    plan.toUpdate.push({ id: match.id, establishment: e, changes, location, preview: { id: match.id, finessEt: value.finessEt, name: current.name, changes: described } });
  }
  return plan;
}

export function previewOf(plan: FinessPlan): FinessPreview {
  return {
    toAdd: plan.toAdd.map(({ establishment: e, value }) => ({
      finessEt: value.finessEt,
      name: value.name,
      communeName: value.communeName,
      categoryCode: e.categoryCode,
      // The extract writes « Etablissement d'hébergement »: shown as French is written.
      categoryLabel: frenchTypography(e.categoryLabel),
      type: value.type ?? 'other',
    })),
    toUpdate: plan.toUpdate.map((update) => update.preview),
    unchanged: plan.unchanged,
    outsideFilters: plan.outsideFilters,
    lineCount: plan.lineCount,
    refused: [...plan.refused].sort((a, b) => a.line - b.line),
    warnings: plan.warnings,
  };
}
