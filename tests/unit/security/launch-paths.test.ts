import { describe, expect, it } from 'vitest';
import { acceptableAssociationPath, associationPathsFromArgv } from '../../../electron/main/desktop/launch-paths';

describe('paths handed over by the system', () => {
  it('accepts absolute local .passerelles paths only', () => {
    expect(acceptableAssociationPath('/home/marie/Documents/MCE M3S.passerelles', 'linux')).toBe('/home/marie/Documents/MCE M3S.passerelles');
    expect(acceptableAssociationPath('/Users/marie/MCE.PASSERELLES', 'darwin')).toBe('/Users/marie/MCE.PASSERELLES');
    expect(acceptableAssociationPath('C:\\Users\\marie\\MCE.passerelles', 'win32')).toBe('C:\\Users\\marie\\MCE.passerelles');
    for (const [path, platform] of [
      ['\\\\fileserver\\partage\\MCE.passerelles', 'win32'],
      ['//fileserver/partage/MCE.passerelles', 'win32'],
      ['\\\\?\\UNC\\fileserver\\partage\\MCE.passerelles', 'win32'],
      ['\\\\.\\C:\\MCE.passerelles', 'win32'],
      ['C:MCE.passerelles', 'win32'],
      ['C:/Users/marie/MCE.passerelles', 'win32'],
      ['//fileserver/partage/MCE.passerelles', 'linux'],
      ['relatif/MCE.passerelles', 'linux'],
      ['/home/marie/rapport.pdf', 'linux'],
      ['/home/marie/MCE.passerelles\0.pdf', 'linux'],
      ['', 'linux'],
    ] as const) {
      expect(acceptableAssociationPath(path, platform), path).toBeNull();
    }
  });

  it('reads the first launch’s argv, packaged or not, skipping switches', () => {
    expect(associationPathsFromArgv(['/opt/Passerelles/passerelles', '/home/marie/MCE.passerelles'], { isPackaged: true, cwd: '/', platform: 'linux' })).toEqual([
      '/home/marie/MCE.passerelles',
    ]);
    expect(associationPathsFromArgv(['electron', '.', '--no-sandbox', 'MCE.passerelles'], { isPackaged: false, cwd: '/home/marie', platform: 'linux' })).toEqual([
      '/home/marie/MCE.passerelles',
    ]);
    // The app's own folder given to `electron .` is not a file to open, even if it were named so.
    expect(associationPathsFromArgv(['electron', 'x.passerelles'], { isPackaged: false, cwd: '/srv', platform: 'linux' })).toEqual([]);
    expect(associationPathsFromArgv(['C:\\Program Files\\Passerelles\\Passerelles.exe', 'C:\\Users\\marie\\MCE.passerelles'], { isPackaged: true, cwd: 'C:\\', platform: 'win32' })).toEqual([
      'C:\\Users\\marie\\MCE.passerelles',
    ]);
  });

  it('reads a second launch’s argv (Chromium adds its own switches) from its working folder', () => {
    const argv = ['/opt/Passerelles/passerelles', '--allow-file-access-from-files', '--original-process-start-time=13', 'Bureau/MCE.passerelles', 'Bureau/MCE.passerelles'];
    expect(associationPathsFromArgv(argv, { isPackaged: true, cwd: '/home/marie', platform: 'linux' })).toEqual(['/home/marie/Bureau/MCE.passerelles']);
  });

  it('takes file: URLs from desktop entries, never one with a host', () => {
    expect(associationPathsFromArgv(['/usr/bin/passerelles', 'file:///home/marie/MCE%20M3S.passerelles'], { isPackaged: true, cwd: '/', platform: 'linux' })).toEqual([
      '/home/marie/MCE M3S.passerelles',
    ]);
    expect(associationPathsFromArgv(['/usr/bin/passerelles', 'file://fileserver/partage/MCE.passerelles'], { isPackaged: true, cwd: '/', platform: 'linux' })).toEqual([]);
    expect(associationPathsFromArgv(['P.exe', '\\\\fileserver\\partage\\MCE.passerelles'], { isPackaged: true, cwd: 'C:\\', platform: 'win32' })).toEqual([]);
  });
});
