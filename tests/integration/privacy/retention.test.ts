import { describe, expect, it } from 'vitest';
import { filesHolding } from '../../support/bytes';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

const at = (iso: string) => () => new Date(iso);

describe('retention review and purge at a set clock', () => {
  const tempFolder = useTempFolder();

  it('dates each person by kind from the last contact, lists those past it, and purges only them', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    window.context.app.now = at('2026-03-10T09:00:00Z');
    await window.createAssociation();
    const old = await window.call('people.create', { lastName: 'Quastrelle', kind: 'candidate', lastContactOn: '2024-01-31' });
    expect(old.person.retentionUntil).toBe('2026-01-31'); // CNIL: a CV, 2 years after the last contact
    expect(old.person.isPastRetention).toBe(true);
    const recent = await window.call('people.create', { lastName: 'Tournesol', kind: 'candidate', lastContactOn: '2025-12-01' });
    expect(recent.person.retentionUntil).toBe('2027-12-01');
    const trainee = await window.call('people.create', { lastName: 'Bergamote', kind: 'trainee' });
    expect(trainee.person.retentionUntil).toBe('2029-03-10');
    const typed = await window.call('people.create', { lastName: 'Capucine', retentionUntil: '2026-03-01' });

    expect((await window.call('people.retentionReview')).map((p) => p.lastName)).toEqual(['Quastrelle', 'Capucine']);
    expect((await window.call('people.list', { pastRetention: true })).map((p) => p.lastName)).toEqual(['Capucine', 'Quastrelle']);
    const preview = await window.call('privacy.purgePreview');
    expect(preview.map((p) => p.displayName)).toEqual(['Quastrelle', 'Capucine']);

    // Renewed since the preview: kept, even though the purge names her.
    await window.call('people.renew', { ids: [typed.person.id] });
    const renewed = await window.call('people.get', { id: typed.person.id });
    expect(renewed.person).toMatchObject({ lastContactOn: '2026-03-10', retentionUntil: '2028-03-10', isPastRetention: false });

    const result = await window.call('privacy.purge', { ids: preview.map((p) => p.id) });
    expect(result.erased).toBe(1);
    expect((await window.call('people.list', {})).map((p) => p.lastName)).toEqual(['Bergamote', 'Capucine', 'Tournesol']);
    expect(filesHolding(folder, ['Quastrelle'])).toEqual([]);

    const audit = await window.call('privacy.audit', {});
    expect(audit.map((line) => [line.action, line.count])).toEqual([
      ['purge', 1],
      ['review', 1],
    ]);

    // Two years later, the clock moves: Tournesol is past too.
    window.context.app.now = at('2027-12-02T09:00:00Z');
    expect((await window.call('privacy.purgePreview')).map((p) => p.displayName)).toEqual(['Tournesol']);
    // …and the audit lines of 2026 are more than 12 months old: pruned.
    expect(await window.call('privacy.audit', {})).toEqual([]);

    window.close();
  });

  it('keeps until a chosen date, refuses a past one, and moves the date when the last contact changes', async () => {
    const window = openTestWindow(tempFolder());
    window.context.app.now = at('2026-03-10T09:00:00Z');
    await window.createAssociation();
    const { person } = await window.call('people.create', { lastName: 'Quastrelle', kind: 'candidate', lastContactOn: '2023-05-02' });
    expect((await window.refusal('people.keep', { ids: [person.id], until: '2026-01-01' })).message).toMatch(/passée/);
    expect((await window.call('people.get', { id: person.id })).person.retentionUntil).toBe('2025-05-02');
    await window.call('people.keep', { ids: [person.id], until: '2026-09-30' });
    expect((await window.call('people.retentionReview'))).toEqual([]);
    const moved = await window.call('people.update', { id: person.id, changes: { lastContactOn: '2026-02-01' } });
    expect(moved.person.retentionUntil).toBe('2028-02-01');
    const both = await window.call('people.update', { id: person.id, changes: { lastContactOn: '2026-02-02', retentionUntil: '2026-12-31' } });
    expect(both.person.retentionUntil).toBe('2026-12-31');
    expect((await window.refusal('people.keep', { ids: [person.id, 999], until: '2026-09-30' })).code).toBe('NOT_FOUND');
    window.close();
  });

  it('follows the retention setting of the file, and refuses a setting out of bounds', async () => {
    const window = openTestWindow(tempFolder());
    window.context.app.now = at('2026-03-10T09:00:00Z');
    await window.createAssociation();
    expect(await window.call('privacy.retentionSettings')).toContainEqual({ kind: 'candidate', months: 24 });
    await window.call('privacy.setRetention', { kind: 'candidate', months: 12 });
    const { person } = await window.call('people.create', { lastName: 'Quastrelle', kind: 'candidate', lastContactOn: '2026-01-15' });
    expect(person.retentionUntil).toBe('2027-01-15');
    expect((await window.refusal('privacy.setRetention', { kind: 'candidate', months: 0 })).code).toBe('VALIDATION');
    expect((await window.refusal('privacy.setRetention', { kind: 'candidate', months: 500 })).message).toMatch(/120 mois/);
    expect(await window.call('privacy.retentionSettings')).toContainEqual({ kind: 'candidate', months: 12 });
    window.close();
  });

  it('prunes audit lines older than 12 months', async () => {
    const window = openTestWindow(tempFolder());
    window.context.app.now = at('2025-01-05T09:00:00Z');
    await window.createAssociation();
    await window.call('privacy.setRetention', { kind: 'other', months: 6 });
    window.context.app.now = at('2025-12-20T09:00:00Z');
    await window.call('privacy.setRetention', { kind: 'other', months: 9 });
    expect(await window.call('privacy.audit', {})).toHaveLength(2);
    window.context.app.now = at('2026-01-06T09:00:00Z');
    const audit = await window.call('privacy.audit', {});
    expect(audit.map((line) => line.at)).toEqual(['2025-12-20T09:00:00.000Z']);
    window.close();
  });
});
