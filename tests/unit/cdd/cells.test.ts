import { describe, expect, it } from 'vitest';
import { parseAmount, parseMonth, parseReason } from '../../../electron/main/workbooks/cdd-import/cells';
import { fieldOfHeader } from '../../../electron/main/workbooks/cdd-import/headers';
import { collectionFileName } from '../../../electron/main/workbooks/cdd-collection/file-name';

describe('CDD cells as members type them', () => {
  it.each([
    ['03/2025', '2025-03'],
    ['3/2025', '2025-03'],
    ['2025-03', '2025-03'],
    ['03-2025', '2025-03'],
    ['03/25', '2025-03'],
    ['mars 2025', '2025-03'],
    ['Janv. 2025', '2025-01'],
    ['février 2026', '2026-02'],
    ['15/03/2025', '2025-03'],
    ['2025-03-15', '2025-03'],
  ])('month %s', (typed, month) => expect(parseMonth(typed)).toBe(month));

  it('months as Excel serials; nonsense is no month', () => {
    expect(parseMonth(45717)).toBe('2025-03'); // 01/03/2025
    expect(parseMonth(12)).toBeNull();
    expect(parseMonth('13/2025')).toBeNull();
    expect(parseMonth('juin')).toBeNull();
  });

  it('amounts: French decimals and units; text is NaN, blank is null', () => {
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('12 h')).toBe(12);
    expect(parseAmount('1 607,50')).toBe(1607.5);
    expect(parseAmount(7)).toBe(7);
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount('douze')).toBeNaN();
  });

  it('reasons from the list or in the member’s words', () => {
    expect(parseReason('Accroissement temporaire d’activité')).toBe('activityIncrease');
    expect(parseReason('arrêt maladie')).toBe('sickness');
    expect(parseReason('CONGES PAYES')).toBe('leave');
    expect(parseReason('poste vacant')).toBe('recruitment');
    expect(parseReason('pour voir')).toBeNull();
  });

  it('headers: the longest synonym decides', () => {
    expect(fieldOfHeader('Heures CDD')).toBe('hours');
    expect(fieldOfHeader('Nombre de CDD')).toBe('contracts');
    expect(fieldOfHeader('Motif du CDD')).toBe('reason');
    expect(fieldOfHeader('Mois (MM/AAAA)')).toBe('month');
    expect(fieldOfHeader('Intitulé du poste')).toBe('occupation');
    expect(fieldOfHeader('Commentaire')).toBeNull();
  });

  it('file names are safe and distinct', () => {
    const taken = new Set<string>();
    const year = { from: '2025-01', to: '2025-12' };
    expect(collectionFileName('SAAD : Aide/Domicile*', year, taken)).toBe('CDD 2025-01 à 2025-12 - SAAD Aide Domicile.xlsx');
    expect(collectionFileName('SAAD : Aide/Domicile*', year, taken)).toBe('CDD 2025-01 à 2025-12 - SAAD Aide Domicile (2).xlsx');
    expect(collectionFileName('...', year, taken)).toBe('CDD 2025-01 à 2025-12 - Structure.xlsx');
    expect(collectionFileName('IME', { from: '2025-03', to: '2025-03' }, taken)).toBe('CDD 2025-03 - IME.xlsx');
  });
});
