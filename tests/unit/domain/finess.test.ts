import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiness, isFinessInDepartment } from '../../../shared/domain/finess';

const fixtureFiness = readFileSync('/work/shared/fixtures/finess-extract-sample.csv', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('structureet;'))
  .flatMap((line) => line.split(';').slice(1, 3));

describe('FINESS', () => {
  it('accepts every FINESS ET and EJ of the extract', () => {
    expect(fixtureFiness).toHaveLength(14);
    for (const finess of fixtureFiness) expect(checkFiness(finess), finess).toEqual({ ok: true, value: finess });
  });

  it('normalises spaces and case, accepts Corsica and overseas prefixes', () => {
    expect(checkFiness(' 61 000 0101 ')).toEqual({ ok: true, value: '610000101' });
    expect(checkFiness('2a0000123')).toEqual({ ok: true, value: '2A0000123' });
    expect(checkFiness('2B0001234')).toEqual({ ok: true, value: '2B0001234' });
    expect(checkFiness('970100228')).toEqual({ ok: true, value: '970100228' });
    expect(checkFiness('980000012').ok).toBe(true);
    expect(checkFiness('')).toEqual({ ok: true, value: '' });
  });

  it('refuses a wrong length, naming the field and the lost 0 of Excel', () => {
    const result = checkFiness('10000123', 'FINESS établissement');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('Le FINESS établissement doit compter 9 caractères, « 10000123 » en compte 8');
      expect(result.message).toContain('ajoutez le 0 perdu');
    }
    expect(checkFiness('6100001011').ok).toBe(false);
  });

  it('refuses a prefix that is no department', () => {
    for (const bad of ['000000101', '960000101', '990000101', '200000101']) {
      const result = checkFiness(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toContain('doit commencer par un numéro de département');
    }
  });

  it('refuses letters outside the Corsican prefix', () => {
    const result = checkFiness('61000O101');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('ne doit contenir que des chiffres');
  });

  it('compares the prefix with a commune’s department', () => {
    expect(isFinessInDepartment('610000101', '61')).toBe(true);
    expect(isFinessInDepartment('140000011', '61')).toBe(false);
    expect(isFinessInDepartment('2A0000123', '2A')).toBe(true);
    expect(isFinessInDepartment('2A0000123', '2B')).toBe(false);
    expect(isFinessInDepartment('970100228', '971')).toBe(true);
    expect(isFinessInDepartment('970100228', '974')).toBe(true);
    expect(isFinessInDepartment('610000101', '971')).toBe(false);
  });
});

describe('the FINESS key', () => {
  it('passes real numbers, Corsica’s with A read as 1 and B as 2', async () => {
    const { hasValidFinessKey } = await import('../../../shared/domain/finess');
    expect(hasValidFinessKey('750712184')).toBe(true);
    expect(hasValidFinessKey('130786049')).toBe(true);
    expect(hasValidFinessKey('750712185')).toBe(false);
    // CH de Bastia, a real number: its key passes with 2B read as 22, and fails read as 20.
    expect(hasValidFinessKey('2B0000020')).toBe(true);
    expect(hasValidFinessKey('2B0000021')).toBe(false);
    // Luhn('210000014') passes: so does 2A0000014; read as 20, it would not.
    expect(hasValidFinessKey('2A0000014')).toBe(true);
    expect(hasValidFinessKey('2A0000016')).toBe(false);
  });

  it('warns, naming the likely typo, instead of refusing', async () => {
    const { finessKeyWarning, likelyFinessTypos } = await import('../../../shared/domain/finess');
    expect(finessKeyWarning('750712184')).toBeNull();
    // Two neighbouring digits swapped: 750721184 ← 750712184.
    expect(likelyFinessTypos('750721184')).toContain('750712184');
    const warning = finessKeyWarning('750721184', 'FINESS établissement');
    expect(warning).toContain('Le FINESS établissement 750721184 ne passe pas sa clé de contrôle');
    expect(warning).toContain('750712184 (deux chiffres inversés)');
    expect(checkFiness('750721184')).toEqual({ ok: true, value: '750721184' });
  });

  it('finds the same typos as trying every retyped key and every swap, one by one', async () => {
    const { hasValidFinessKey, likelyFinessTypos } = await import('../../../shared/domain/finess');
    // The plain way: build each candidate and check it (what the digit-array version must equal).
    const bruteForce = (finess: string) => {
      const found = new Set<string>();
      for (let key = 0; key <= 9; key += 1) {
        const candidate = `${finess.slice(0, 8)}${key}`;
        if (candidate !== finess && hasValidFinessKey(candidate)) found.add(candidate);
      }
      for (let i = 2; i < 8; i += 1) {
        const chars = finess.split('');
        [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
        const candidate = chars.join('');
        if (candidate !== finess && hasValidFinessKey(candidate)) found.add(candidate);
      }
      return [...found];
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 10;
    for (let n = 0; n < 3000; n += 1) {
      const department = ['61', '14', '2A', '2B', '97'][n % 5] ?? '61';
      const finess = `${department}${Array.from({ length: 7 }, next).join('')}`;
      expect(likelyFinessTypos(finess)).toEqual(bruteForce(finess));
    }
  });
});
