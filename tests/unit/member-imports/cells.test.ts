import { describe, expect, it } from 'vitest';
import { cellText, codeText, parseCount, parseDate, parseInterventionField, parseOpca, parseStructureType, parseYesNo } from '../../../electron/main/workbooks/members-import/cells';
import { isTotalsRow } from '../../../electron/main/workbooks/members-import/rows';

describe('cell values as coordinators type them', () => {
  it('shows numbers as Excel does, without exponent', () => {
    expect(cellText(77850120001014)).toBe('77850120001014');
    expect(cellText(38.5)).toBe('38,5');
    expect(cellText(true)).toBe('Oui');
    expect(cellText('  Flers ')).toBe('Flers');
    expect(cellText(null)).toBe('');
  });

  it('puts back the leading zeros a code typed as a number lost', () => {
    expect(codeText(10000123, 9)).toBe('010000123');
    expect(codeText(610000101, 9)).toBe('610000101');
    expect(codeText('610 000 101', 9)).toBe('610 000 101');
    expect(codeText(1234, 9)).toBe('1234'); // too short to be a FINESS: left for the check to refuse
  });

  it('reads dates as text, as Excel serials, and refuses what is not a date', () => {
    expect(parseDate('12/03/2025')).toEqual({ ok: true, value: '2025-03-12' });
    expect(parseDate('2025-03-12')).toEqual({ ok: true, value: '2025-03-12' });
    expect(parseDate(45728)).toEqual({ ok: true, value: '2025-03-12' });
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseDate('mars')).toEqual({ ok: false, message: '« mars » n’est pas une date : tapez-la sous la forme jj/mm/aaaa (par exemple 15/03/2025).' });
  });

  it('reads counts and amounts in French', () => {
    expect(parseCount('1 607,5', 'ETP')).toEqual({ ok: true, value: 1607.5 });
    expect(parseCount(12, 'Effectif')).toEqual({ ok: true, value: 12 });
    expect(parseCount('150 €', 'La cotisation')).toEqual({ ok: true, value: 150 });
    expect(parseCount('douze', 'L’effectif')).toMatchObject({ ok: false });
  });

  it('reads yes and no in the ways people write them', () => {
    for (const yes of ['Oui', 'oui', 'X', 'x', 'adhérent', true, 1]) expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['Non', 'n', '0', false, 0]) expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo(null)).toEqual({ ok: true, value: null });
    expect(parseYesNo('peut-être')).toMatchObject({ ok: false });
  });

  it('recognises types, fields and OPCAs by their usual names', () => {
    expect(parseStructureType('Maison de retraite').value).toBe('ehpad');
    expect(parseStructureType('Aide à domicile (SAAD)').value).toBe('saad');
    expect(parseStructureType('ADMR').value).toBe('saad');
    expect(parseStructureType('Chantier d’insertion').value).toBe('siae');
    expect(parseStructureType('Centre hospitalier').value).toBe('hospital');
    expect(parseStructureType('Infirmière libérale').value).toBe('liberalProfessional');
    expect(parseStructureType('Crèche')).toEqual({ value: 'other', warning: 'Type « Crèche » inconnu : enregistré comme « Autre ».' });
    expect(parseInterventionField('Personnes âgées').value).toBe('elderly');
    expect(parseInterventionField('PH').value).toBe('disability');
    expect(parseOpca('OPCO Santé')).toBe('unifaf');
    expect(parseOpca('Uniformation')).toBe('uniformation');
    expect(parseOpca('Agefos')).toBe('other');
    expect(parseOpca(null)).toBeNull();
  });

  it('tells a totals row by its label or by sums under empty names', () => {
    const row = (values: (string | number | null)[]) => ({ number: 20, values: [null, ...values] });
    expect(isTotalsRow(row(['TOTAL', null, 262]), [1, 2])).toBe(true);
    expect(isTotalsRow(row(['Sous-total Flers', null, 12]), [1, 2])).toBe(true);
    expect(isTotalsRow(row([null, null, 262, 700]), [1, 2])).toBe(true);
    expect(isTotalsRow(row(['EHPAD Total Soins', null, 12]), [1, 2])).toBe(false);
    expect(isTotalsRow(row([null, '610000101', 12]), [1, 2])).toBe(false);
  });
});
