import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('every SQLite connection of the app', () => {
  it('turns trusted_schema off right after opening (a file from elsewhere can carry triggers and views)', () => {
    const missing: string[] = [];
    for (const file of sourcesUnder('electron')) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!/new Database\(/.test(line)) return;
        const next = lines.slice(index, index + 4).join('\n');
        // Either the pragma itself, or configure() of store/association-file.ts, whose first line it is.
        if (!/trusted_schema = OFF|configure\(/.test(next)) missing.push(`${file}:${index + 1}`);
      });
    }
    expect(missing, 'ajoutez db.pragma(\'trusted_schema = OFF\') juste après chaque new Database(…)').toEqual([]);
  });
});
