import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli-run';
import { useTempFolder } from '../../support/temp-folder';

describe('the CLI', () => {
  const tempFolder = useTempFolder();

  it('creates a file, then reads it back, printing the JSON result', async () => {
    const folder = tempFolder();
    const created = await runCli(['demo.passerelles', 'association.create', '{"name":"Démo","territory":"Orne"}'], folder);
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.output)).toMatchObject({ ok: true, value: { name: 'Démo', fileName: 'demo.passerelles' } });

    const current = await runCli([join(folder, 'demo.passerelles'), 'association.current'], folder);
    expect(JSON.parse(current.output)).toMatchObject({ ok: true, value: { name: 'Démo', territory: 'Orne' } });
  });

  it('exits non-zero with the French error for a file it refuses or bad JSON', async () => {
    const folder = tempFolder();
    const missing = await runCli(['absent.passerelles', 'association.current'], folder);
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.output)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await runCli(['x.passerelles', 'association.create', '{name:'], folder)).exitCode).toBe(2);
    expect((await runCli([], folder)).output).toContain('Utilisation');
  });
});
