import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/dispatch';
import { createHostWindow } from '../../../electron/main/host-window';
import { progressOf, withProgress } from '../../../electron/main/progress';

describe('progress.current', () => {
  it('is null when nothing runs, shows the running task, and is null again once it ends', async () => {
    const host = createHostWindow('/tmp/passerelles-progress-test');
    expect(await dispatch(host.handlers, 'progress.current', undefined)).toEqual({ ok: true, value: null });

    let seen: unknown = null;
    await withProgress(host.context, 'cdd.analysis', 'Lecture des données CDD', async (progress) => {
      progress.update(1, 3, 'Analyse de la mutualisation');
      seen = await dispatch(host.handlers, 'progress.current', undefined);
    });
    expect(seen).toMatchObject({ ok: true, value: { task: 'cdd.analysis', label: 'Analyse de la mutualisation', done: 1, total: 3 } });
    expect(await dispatch(host.handlers, 'progress.current', undefined)).toEqual({ ok: true, value: null });
  });

  it('ends a task that fails, and shows the task started last while two overlap', async () => {
    const host = createHostWindow('/tmp/passerelles-progress-test');
    await expect(withProgress(host.context, 'a', 'A', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(progressOf(host.context).current()).toBeNull();
    const first = progressOf(host.context).start('first', 'Premier');
    const second = progressOf(host.context).start('second', 'Second', 10);
    expect(progressOf(host.context).current()?.task).toBe('second');
    second.end();
    expect(progressOf(host.context).current()?.task).toBe('first');
    first.end();
    expect(progressOf(host.context).current()).toBeNull();
  });
});
