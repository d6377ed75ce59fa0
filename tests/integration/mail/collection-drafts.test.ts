import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { writeDraft } from '../../../electron/main/mail/drafts';
import { addUnsubscribe } from '../../../electron/main/store/newsletters/unsubscribes';
import { useTempFolder } from '../../support/temp-folder';
import { openCddWindow, prepareWorkbooks } from '../cdd/cdd-window';

const sha256 = (bytes: Uint8Array | ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes as ArrayBuffer)).digest('hex');

describe('e-mail drafts of the CDD collection', () => {
  const tempFolder = useTempFolder();

  it('writes one .eml per member, to its HR contact, with its workbook intact and X-Unsent', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls', 'SAAD du Bocage']);
    const [ehpad, saad] = window.structures;
    await window.call('contacts.save', { structureId: ehpad!.id, contact: { name: 'Marie Durand', role: 'director', email: 'direction@tilleuls.fr' } });
    await window.call('contacts.save', { structureId: ehpad!.id, contact: { name: 'Paul Martin', role: 'hr', email: 'rh@tilleuls.fr' } });
    const { pathOf } = await prepareWorkbooks(window, folder, '2025-01', 12);

    const result = await window.call('mail.collectionDrafts', {});
    expect(result.drafts.map((d) => [d.structureName, d.to])).toEqual([
      ['EHPAD Les Tilleuls', 'rh@tilleuls.fr'],
      ['SAAD du Bocage', null],
    ]);
    const line = result.drafts[0]!;
    expect(line.fileName).toBe('E-mail - CDD 2025-01 à 2025-12 - EHPAD Les Tilleuls.eml');
    const raw = readFileSync(join(result.folder, line.fileName));
    expect(raw.toString('latin1')).toMatch(/(^|\r\n)X-Unsent: 1\r\n/);

    const email = await PostalMime.parse(raw);
    expect(email.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(email.to?.map((a) => ('address' in a ? a.address : ''))).toEqual(['rh@tilleuls.fr']);
    expect(email.subject).toBe('Recensement des CDD de 01/2025 à 12/2025 — EHPAD Les Tilleuls');
    expect(email.text).toContain('Dans le cadre du recensement des CDD mené par MCE-M3S');
    expect(email.text).not.toMatch(/['"]/);
    expect(email.attachments).toHaveLength(1);
    const attachment = email.attachments[0]!;
    expect(attachment.filename).toBe('CDD 2025-01 à 2025-12 - EHPAD Les Tilleuls.xlsx');
    expect(attachment.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sha256(attachment.content as ArrayBuffer)).toBe(sha256(readFileSync(pathOf(ehpad!.id))));

    // Opening goes to the desktop; the page only had the id.
    expect(await window.call('mail.openDraft', { draftId: line.draftId })).toEqual({ opening: 'opened', fileName: line.fileName });
    expect(window.desktopRequests.at(-1)).toEqual({ action: 'open', path: join(result.folder, line.fileName) });
    await window.call('mail.showDraft', { draftId: result.drafts[1]!.draftId });
    expect(window.desktopRequests.at(-1)?.action).toBe('show');
    expect(saad).toBeDefined();
    window.close();
  });

  it('never overwrites a draft already there, and shows the file when no program opens it', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    await prepareWorkbooks(window, folder);
    const first = await window.call('mail.collectionDrafts', {});
    const edited = join(first.folder, first.drafts[0]!.fileName);
    writeFileSync(edited, 'déjà modifié');
    const second = await window.call('mail.collectionDrafts', {});
    expect(second.drafts[0]!.fileName).toBe('E-mail - CDD 2025-01 à 2025-12 - EHPAD Les Tilleuls (2).eml');
    expect(readFileSync(edited, 'utf8')).toBe('déjà modifié');

    window.context.desktop.openFile = async () => false;
    expect((await window.call('mail.openDraft', { draftId: second.drafts[0]!.draftId })).opening).toBe('shown');
    expect(window.desktopRequests.at(-1)).toMatchObject({ action: 'show' });
    window.close();
  });

  it('honours the unsubscribe list: an unsubscribed contact is skipped for the next one, and said', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    const [ehpad] = window.structures;
    await window.call('contacts.save', { structureId: ehpad!.id, contact: { name: 'Paul Martin', role: 'hr', email: 'rh@tilleuls.fr' } });
    await window.call('contacts.save', { structureId: ehpad!.id, contact: { name: 'Marie Durand', role: 'director', email: 'direction@tilleuls.fr' } });
    addUnsubscribe(window.db(), { email: 'RH@tilleuls.fr', askedOn: '2025-01-10' });
    await prepareWorkbooks(window, folder);
    const result = await window.call('mail.collectionDrafts', {});
    expect(result.drafts[0]).toMatchObject({ to: 'direction@tilleuls.fr', unsubscribed: ['rh@tilleuls.fr'] });
    const email = await PostalMime.parse(readFileSync(join(result.folder, result.drafts[0]!.fileName)));
    expect(JSON.stringify(email.to)).not.toContain('rh@tilleuls.fr');
    window.close();
  });

  it('refuses drafts before any workbook is prepared, and an unknown draft id', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder, ['EHPAD Les Tilleuls']);
    expect(await window.refusal('mail.collectionDrafts', {})).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Préparez d’abord les classeurs') });
    expect(await window.refusal('mail.openDraft', { draftId: 'inconnu' })).toMatchObject({ code: 'NOT_FOUND' });
    window.close();
  });

  it('a missing attachment fails in French and writes no draft', async () => {
    const folder = tempFolder();
    await expect(writeDraft(folder, 'E-mail', { to: [], subject: 'Essai', text: 'Bonjour', attachments: [{ path: join(folder, 'absent.xlsx') }] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('pièce jointe'),
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});

