import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone } from '../../../shared/domain/contact';

describe('emails', () => {
  it('lowercases and trims, drops a pasted mailto: or brackets', () => {
    expect(normalizeEmail('  Direction.EHPAD@Orange.FR ')).toEqual({ ok: true, value: 'direction.ehpad@orange.fr' });
    expect(normalizeEmail('mailto:rh@una-bocage.fr')).toEqual({ ok: true, value: 'rh@una-bocage.fr' });
    expect(normalizeEmail('<drh@ch-flers.fr>')).toEqual({ ok: true, value: 'drh@ch-flers.fr' });
    expect(normalizeEmail('')).toEqual({ ok: true, value: '' });
  });

  it('refuses what cannot be an address', () => {
    for (const bad of ['direction', 'direction@', '@orange.fr', 'a@b', 'jean dupont@orange.fr', 'a@orange..fr', 'a@@orange.fr']) {
      const result = normalizeEmail(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toContain('n’est pas valide : tapez-la sous la forme prenom.nom@domaine.fr');
    }
  });

  it('refuses two addresses in one cell', () => {
    const result = normalizeEmail('a@orange.fr; b@orange.fr');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('plusieurs adresses');
  });
});

describe('phone numbers', () => {
  it.each([
    ['02 33 62 30 01', '02 33 62 30 01'],
    ['0233623001', '02 33 62 30 01'],
    ['02.33.62.30.01', '02 33 62 30 01'],
    ['02-33-62-30-01', '02 33 62 30 01'],
    ['+33 2 33 62 30 01', '02 33 62 30 01'],
    ['+33 (0)2 33 62 30 01', '02 33 62 30 01'],
    ['0033 2 33 62 30 01', '02 33 62 30 01'],
    ['+33612345678', '06 12 34 56 78'],
    ['+33 02 33 62 30 01', '02 33 62 30 01'],
    ['233623001', '02 33 62 30 01'],
    ['+262 262 12 34 56', '02 62 12 34 56'],
    ['+590 590 12 34 56', '05 90 12 34 56'],
    ['09 70 12 34 56', '09 70 12 34 56'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: expected });
  });

  it('takes the number a spreadsheet stored as a number', () => {
    expect(normalizePhone(233623001)).toEqual({ ok: true, value: '02 33 62 30 01' });
  });

  it('accepts an empty phone', () => {
    expect(normalizePhone('  ')).toEqual({ ok: true, value: '' });
  });

  it.each(['12345', '02 33 62 30', '02 33 62 30 01 02', '+32 2 123 45 67', '+44 20 7946 0958', '00 33 62 30 01', 'standard', '2.33623001E8'])(
    'refuses %s with a French message',
    (raw) => {
      const result = normalizePhone(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(`« ${raw} » n’est pas un numéro de téléphone français : tapez 10 chiffres commençant par 0 (par exemple 02 33 62 30 01) ou +33 suivi de 9 chiffres.`);
    },
  );

  it('refuses a number that is not a whole number', () => {
    expect(normalizePhone(2.5).ok).toBe(false);
  });
});
