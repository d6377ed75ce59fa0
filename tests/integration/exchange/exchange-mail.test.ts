import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { addUnsubscribe } from '../../../electron/main/store/newsletters/unsubscribes';
import { useTempFolder } from '../../support/temp-folder';
import { openExchangeWindow } from './exchange-window';

describe('the e-mail that carries a selection to members', () => {
  const tempFolder = useTempFolder();

  async function withMembers() {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const year = new Date().getFullYear();
    for (const structureId of [window.ehpadId, window.saadId]) await window.call('memberships.save', { structureId, membership: { year, isMember: true } });
    await window.call('contacts.save', { structureId: window.ehpadId, contact: { name: 'Claire Morin', role: 'hr', email: 'rh@tilleuls.example.fr' } });
    await window.call('contacts.save', { structureId: window.saadId, contact: { name: 'Paul Leroy', role: 'director', email: 'direction@saad.example.fr' } });
    const ad = await window.call('exchange.ads.save', { ad: { structureId: window.ehpadId, title: 'Aide-soignant de nuit', contract: 'cdd' } });
    const candidate = await window.call('exchange.candidates.save', { candidate: window.candidate() });
    return { folder, window, ad, candidate };
  }

  it('to one member: its contact in To, the workbook attached, what the consent allows said in the text', async () => {
    const { folder, window, ad, candidate } = await withMembers();
    window.answer(join(folder, 'pour-le-saad.xlsx'));
    const result = await window.call('exchange.emailDraft', { adIds: [ad.id], candidateIds: [candidate.id], recipientStructureId: window.saadId });
    expect(result).toMatchObject({ fileName: 'pour-le-saad.xlsx', ads: 1, candidates: 1, places: 0, recipients: 1, unsubscribed: 0, withoutEmail: 0, opening: 'opened' });
    const email = await PostalMime.parse(readFileSync(join(folder, result.draftFileName)));
    expect(email.to?.map((a) => a.address)).toEqual(['direction@saad.example.fr']);
    expect(email.subject).toBe('Échanges entre adhérents — 1\u00a0offre d’emploi et 1\u00a0candidat');
    expect(email.text).toContain('Les candidats présentés ont accepté que leurs coordonnées vous soient transmises.');
    expect(email.text).toContain('MCE-M3S');
    expect(email.attachments.map((a) => a.filename)).toEqual(['pour-le-saad.xlsx']);
    const book = XLSX.read(new Uint8Array(email.attachments[0]!.content as ArrayBuffer));
    expect(book.SheetNames).toEqual(['Offres d’emploi', 'Candidats']);
    expect(window.desktopRequests.map((r) => r.action)).toEqual(['open']);
    window.close();
  });

  it('to every member: addresses in Bcc, the unsubscribed left out and counted', async () => {
    const { folder, window, ad } = await withMembers();
    addUnsubscribe(window.db(), { email: 'rh@tilleuls.example.fr', askedOn: '2026-01-05' });
    window.answer(join(folder, 'pour-tous.xlsx'));
    const result = await window.call('exchange.emailDraft', { adIds: [ad.id] });
    expect(result).toMatchObject({ recipients: 1, unsubscribed: 1 });
    const raw = readFileSync(join(folder, result.draftFileName), 'utf8');
    const email = await PostalMime.parse(raw);
    expect(email.to ?? []).toEqual([]);
    expect(email.bcc?.map((a) => a.address)).toEqual(['direction@saad.example.fr']);
    expect(raw).not.toContain('rh@tilleuls.example.fr');
    expect(email.text).not.toContain('Les candidats présentés');
    window.close();
  });
});
