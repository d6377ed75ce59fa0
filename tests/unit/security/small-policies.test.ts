import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/main/desktop/file-names';
import { describeErrorForLog, scrubForLog } from '../../../electron/main/desktop/log-scrub';
import { updateFeedOf } from '../../../electron/main/desktop/update-feed';
import { isOwnHost } from '../../host/host-check';

describe('default file names', () => {
  it('removes what a file system refuses and avoids Windows’ reserved names', () => {
    expect(safeFileName('MCE M3S')).toBe('MCE M3S');
    expect(safeFileName('Réseau: Santé / Social * "Ouest" <61> | ?')).toBe('Réseau Santé Social Ouest 61');
    expect(safeFileName('a\\b')).toBe('a b');
    expect(safeFileName('CON')).toBe('CON (association)');
    expect(safeFileName('lpt1')).toBe('lpt1 (association)');
    expect(safeFileName('Association...  ')).toBe('Association');
    expect(safeFileName('..\u0000')).toBe('Association');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});

describe('the log file', () => {
  it('keeps the kind of error and where, not the person’s data', () => {
    const line = scrubForLog('« Marie Dupont » : marie.dupont@mce-m3s.fr dans /home/marie/Documents/MCE.passerelles, FINESS 610000123', '/home/marie');
    expect(line).not.toMatch(/Marie|Dupont|marie|610000123/);
    expect(line).toContain('<courriel>');
    expect(line).toContain('~/Documents');
    const error = new TypeError('Impossible de lire « Lemaître.xlsx »');
    const described = describeErrorForLog('members.import a échoué', error, null);
    expect(described).toMatch(/^members\.import a échoué : TypeError : Impossible de lire «…»/);
    expect(scrubForLog('C:\\Users\\marie\\AppData', null)).toBe('C:\\Users\\…\\AppData');
  });
});

describe('updates', () => {
  it('stay off until an https feed is configured, and in development', () => {
    expect(updateFeedOf({ isPackaged: true, feed: '' })).toBeNull();
    expect(updateFeedOf({ isPackaged: true, feed: undefined })).toBeNull();
    expect(updateFeedOf({ isPackaged: false, feed: 'https://mises-a-jour.example.org/passerelles/' })).toBeNull();
    expect(updateFeedOf({ isPackaged: true, feed: 'http://mises-a-jour.example.org/' })).toBeNull();
    expect(updateFeedOf({ isPackaged: true, feed: 'https://mises-a-jour.example.org/passerelles/' })).toBe('https://mises-a-jour.example.org/passerelles/');
  });
});

describe('the test host', () => {
  it('answers only requests addressed to its own 127.0.0.1:port (DNS rebinding)', () => {
    expect(isOwnHost('127.0.0.1:41234', 41234)).toBe(true);
    expect(isOwnHost('localhost:41234', 41234)).toBe(true);
    expect(isOwnHost('evil.example:41234', 41234)).toBe(false);
    expect(isOwnHost('127.0.0.1:41235', 41234)).toBe(false);
    expect(isOwnHost('127.0.0.1', 41234)).toBe(false);
    expect(isOwnHost(undefined, 41234)).toBe(false);
    expect(isOwnHost('127.0.0.1:0', 0)).toBe(false);
  });
});
