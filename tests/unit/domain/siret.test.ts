import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSiret, formatSiret, isLuhnValid, isSiretKeyValid } from '../../../shared/domain/siret';

const fixtureSirets = readFileSync('/work/shared/fixtures/finess-extract-sample.csv', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('structureet;'))
  .map((line) => line.split(';')[22] ?? '');

describe('SIRET', () => {
  it('accepts real SIRETs, with or without spaces, and normalises them', () => {
    expect(checkSiret('732 829 320 00074')).toEqual({ ok: true, value: '73282932000074' });
    expect(checkSiret(' 44306184100047 ')).toEqual({ ok: true, value: '44306184100047' });
    expect(checkSiret('552\u00a0081\u00a0317\u00a066522')).toEqual({ ok: true, value: '55208131766522' });
    expect(checkSiret('130.025.265.00013')).toEqual({ ok: true, value: '13002526500013' });
  });

  it('accepts an empty SIRET', () => {
    expect(checkSiret('   ')).toEqual({ ok: true, value: '' });
  });

  it('refuses a SIRET whose Luhn key is wrong, with a French message', () => {
    const result = checkSiret('73282932000075');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Le SIRET 732 829 320 00075 n’existe pas (sa clé de contrôle est fausse) : un chiffre a sans doute été mal recopié ou inversé, vérifiez-le.');
    // Two swapped digits are the usual typing slip.
    expect(checkSiret('37282932000074').ok).toBe(false);
  });

  it('refuses a wrong length or letters, saying how many digits were typed', () => {
    const short = checkSiret('7328293200007');
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.message).toContain('14 chiffres, « 7328293200007 » en compte 13');
    const letters = checkSiret('7328293200007A');
    expect(letters.ok).toBe(false);
    if (!letters.ok) expect(letters.message).toContain('ne doit contenir que des chiffres');
  });

  it('applies La Poste’s own rule (sum of digits a multiple of 5) to SIREN 356000000', () => {
    expect(isLuhnValid('35600000000001')).toBe(false);
    expect(checkSiret('356 000 000 00001')).toEqual({ ok: true, value: '35600000000001' });
    expect(checkSiret('35600000000048')).toEqual({ ok: true, value: '35600000000048' }); // head office: Luhn
    expect(checkSiret('35600000000002').ok).toBe(false);
    // The rule is La Poste's only: another SIREN with a digit sum multiple of 5 and a bad key is refused.
    expect(isSiretKeyValid('78012998700026')).toBe(false);
  });

  it('refuses the fixture extract’s SIRETs, which are made up and fail the key', () => {
    expect(fixtureSirets).toHaveLength(7);
    for (const siret of fixtureSirets) expect(checkSiret(siret).ok, siret).toBe(false);
  });

  it('formats a SIRET in groups', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
  });
});
