import { describe, expect, it } from 'vitest';
import { contactInputSchema, structureInputSchema } from '../../../shared/api/members';
import { plainContactInput, plainStructureInput } from '../../../shared/api/plain-input';

/** A small seeded generator (mulberry32): the same inputs on every run, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed;
  return <T>(choices: readonly T[]): T => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const random = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    return choices[Math.floor(random * choices.length)] as T;
  };
}

const long = (length: number) => 'x'.repeat(length);
// For each field: values zod takes (as is, or trimmed, or absent) and values it refuses, at and around each limit.
const texts = (max: number) => ['', '  Flers  ', long(max), ` ${long(max)} `, undefined, '\u00a0Flers\t', long(max + 1), null, 12, true, ['a']];
const structureValues = {
  name: ['EHPAD Les Tilleuls', '  Résidence du Parc ', long(300), ` ${long(300)}`, undefined, '', '   ', long(301), null, 3],
  finessEt: texts(20),
  finessEj: texts(20),
  siret: texts(30),
  type: [undefined, null, 'ehpad', 'esat', 'EHPAD', 'inconnu', '', 1],
  field: [undefined, null, 'elderly', 'disability', 'rien', ''],
  address: texts(300),
  postcode: texts(10),
  communeCode: texts(5),
  opca: [undefined, null, 'unifaf', 'uniformation', 'opco', ''],
  headcount: [null, 0, 12, 100_000, undefined, 100_001, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '12'],
  fte: [null, 0, 5.5, 100_000, undefined, 100_000.5, -0.5, Number.NaN, Number.NEGATIVE_INFINITY, '5,5'],
  notes: texts(5000),
};
const contactValues = {
  name: ['Mme Catherine Lemaître', '  Jean Dupont ', long(200), `${long(200)} `, undefined, '', ' ', long(201), null],
  role: ['director', 'president', 'hr', undefined, 'other', 'Directeur', null, ''],
  roleLabel: texts(100),
  email: [...texts(200), 'direction@exemple.fr'],
  phone: [...texts(40), '02 33 62 30 01'],
};

/**
 * Inputs of valid values (the first four of each list) with one or two fields set to any value of
 * its list: a value the fast reading misjudges then decides the outcome on its own.
 */
function inputs(values: Record<string, readonly unknown[]>, count: number, seed: number): Record<string, unknown>[] {
  const pick = seeded(seed);
  const keys = Object.keys(values);
  const made: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const input: Record<string, unknown> = {};
    for (const key of keys) input[key] = pick((values[key] ?? []).slice(0, 4));
    for (const key of [pick(keys), pick(keys)].slice(0, 1 + (i % 2))) input[key] = pick(values[key] ?? []);
    // Absent fields take the schema's defaults; a key the schema does not know is dropped by zod, and must be here.
    for (const key of keys) if (input[key] === undefined && pick([true, false])) delete input[key];
    if (i % 7 === 0) input.unknownKey = 'ignored';
    made.push(input);
  }
  return made;
}

const readings = [
  { schemaName: 'structureInputSchema', schema: structureInputSchema, plain: plainStructureInput as (input: unknown) => unknown, values: structureValues, seed: 7 },
  { schemaName: 'contactInputSchema', schema: contactInputSchema, plain: plainContactInput as (input: unknown) => unknown, values: contactValues, seed: 11 },
];

describe('the plain reading of structure and contact inputs (an import row without zod)', () => {
  it.each(readings)('gives exactly what $schemaName gives whenever it reads an input, and leaves every refused input to zod', ({ schema, plain, values, seed }) => {
    let taken = 0;
    for (const input of inputs(values, 6_000, seed)) {
      const read = plain(input);
      const parsed = schema.safeParse(input);
      if (read !== null) {
        taken += 1;
        expect(parsed.success, JSON.stringify(input)).toBe(true);
        expect(read, JSON.stringify(input)).toStrictEqual(parsed.data);
      }
      if (!parsed.success) expect(read, JSON.stringify(input)).toBeNull();
    }
    // The comparison means something only if both kinds of input came up often.
    expect(taken).toBeGreaterThan(2_000);
  });

  it('reads the row an import builds from a members workbook without zod', () => {
    const row = {
      name: 'EHPAD Les Tilleuls',
      finessEt: '610000192',
      finessEj: '',
      siret: '',
      type: 'ehpad' as const,
      field: null,
      address: '12 rue de la Gare',
      postcode: '61100',
      communeCode: '61169',
      opca: 'unifaf' as const,
      headcount: 48,
      fte: 41.5,
      notes: '',
    };
    expect(plainStructureInput(row)).toStrictEqual(structureInputSchema.parse(row));
    const contact = { name: 'Mme Catherine Lemaître', role: 'director' as const, email: 'direction@exemple.fr', phone: '233623001' };
    expect(plainContactInput(contact)).toStrictEqual(contactInputSchema.parse(contact));
  });
});
