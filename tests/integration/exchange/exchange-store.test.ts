import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { useTempFolder } from '../../support/temp-folder';
import { openExchangeWindow } from './exchange-window';

describe('the exchange: job ads, candidates, training places', () => {
  const tempFolder = useTempFolder();

  it('publishes an ad where the structure is, closes and reopens it, and refuses a bad one without writing it', async () => {
    const window = await openExchangeWindow(tempFolder());
    const aide = window.occupation('J1501');
    const ad = await window.call('exchange.ads.save', {
      ad: { structureId: window.ehpadId, occupationKey: aide.key, title: 'Aide-soignant(e) de nuit', contract: 'replacement', hoursPerWeek: 24.5, startsOn: '2026-12-14', endsOn: '2027-02-28' },
    });
    expect(ad).toMatchObject({ structureName: 'EHPAD Les Tilleuls', communeName: 'Flers', status: 'open', closedOn: null, hoursPerWeek: 24.5, occupationLabel: aide.label });
    expect(ad.publishedOn).toBe(new Date().toISOString().slice(0, 10));

    const filled = await window.call('exchange.ads.setStatus', { id: ad.id, status: 'filled' });
    expect(filled.status).toBe('filled');
    expect(filled.closedOn).toBe(new Date().toISOString().slice(0, 10));
    expect((await window.call('exchange.ads.setStatus', { id: ad.id, status: 'open' })).closedOn).toBeNull();

    const before = await window.call('exchange.ads.list');
    const refusals = [
      await window.refusal('exchange.ads.save', { ad: { structureId: window.ehpadId, title: 'ASH', contract: 'cdd', startsOn: '2027-03-01', endsOn: '2027-01-01' } }),
      await window.refusal('exchange.ads.save', { ad: { structureId: window.ehpadId, title: 'ASH', contract: 'cdi', endsOn: '2027-01-01' } }),
      await window.refusal('exchange.ads.save', { ad: { structureId: window.ehpadId, title: 'ASH', contract: 'cdd', hoursPerWeek: 60 } }),
      await window.refusal('exchange.ads.save', { ad: { structureId: 9999, title: 'ASH', contract: 'cdd' } }),
      await window.refusal('exchange.ads.save', { ad: { structureId: window.ehpadId, title: ' ', contract: 'cdd' } }),
      await window.refusal('exchange.ads.save', { ad: { structureId: window.ehpadId, title: 'ASH', contract: 'cdd', communeCode: '99999' } }),
    ];
    expect(refusals.map((r) => r.message)).toEqual([
      'La fin du contrat précède son début : vérifiez les deux dates.',
      'Un CDI n’a pas de date de fin : effacez-la, ou choisissez CDD.',
      'Un poste compte au plus 48 heures par semaine.',
      'Cette structure n’existe plus (elle a peut-être été supprimée) : choisissez-en une autre.',
      'Indiquez l’intitulé du poste.',
      'Le code commune « 99999 » est inconnu : choisissez la commune dans la liste.',
    ]);
    expect(await window.call('exchange.ads.list')).toEqual(before);
    window.close();
  });

  it('finds the candidates who could fill an ad: occupation and area fit, consent required, best first', async () => {
    const window = await openExchangeWindow(tempFolder());
    const aide = window.occupation('J1501');
    const aes = window.occupation('K1306'); // parent K1302
    const avf = window.occupation('K1311'); // parent K1302: a neighbour of AES
    const ad = await window.call('exchange.ads.save', { ad: { structureId: window.ehpadId, occupationKey: aes.key, title: 'AES', contract: 'cdd' } });
    const save = (overrides: Parameters<typeof window.candidate>[0]) => window.call('exchange.candidates.save', { candidate: window.candidate(overrides) });
    await save({ lastName: 'Aubert', wishedOccupationKeys: [aes.key], communeCode: '61169' }); // same occupation, same commune
    await save({ lastName: 'Bazin', wishedOccupationKeys: [avf.key], communeCode: '61169' }); // neighbour, same commune
    await save({ lastName: 'Collin', wishedOccupationKeys: [aes.key], communeCode: '61006', mobility: 'department' }); // Alençon, whole department
    await save({ lastName: 'Durand', wishedOccupationKeys: [aes.key], communeCode: '61006', mobility: 'epci' }); // Alençon, not Flers's EPCI
    await save({ lastName: 'Esnault', wishedOccupationKeys: [aide.key], communeCode: '61169' }); // another occupation
    await save({ lastName: 'Fleury', wishedOccupationKeys: [aes.key], communeCode: '61169', consentScope: 'none', consentOn: null }); // no consent
    await save({ lastName: 'Girard', wishedOccupationKeys: [aes.key], communeCode: '61169', consentScope: 'someMembers', consentMemberIds: [window.saadId] }); // not for this EHPAD
    await save({ lastName: 'Hamel', wishedOccupationKeys: [aes.key], communeCode: '61169', consentScope: 'someMembers', consentMemberIds: [window.ehpadId] });

    const { matches, withoutConsent } = await window.call('exchange.ads.matches', { id: ad.id });
    expect(matches.map((m) => [m.candidate.lastName, m.occupationFit, m.areaFit])).toEqual([
      ['Aubert', 'same', 'sameCommune'],
      ['Hamel', 'same', 'sameCommune'],
      ['Collin', 'same', 'sameDepartment'],
      ['Bazin', 'neighbour', 'sameCommune'],
    ]);
    expect(matches[0]?.reasons).toBe(`${aes.label} : même métier ; même commune`);
    expect(withoutConsent).toBe(2);
    window.close();
  });

  it('refuses a consent without its date, a named-members consent naming nobody, bad contact details', async () => {
    const window = await openExchangeWindow(tempFolder());
    const cases = [
      window.candidate({ consentOn: null }),
      window.candidate({ consentScope: 'someMembers', consentMemberIds: [] }),
      window.candidate({ email: 'pas une adresse', phone: '12' }),
      window.candidate({ consentOn: '2999-01-01' }),
    ];
    const messages = [];
    for (const candidate of cases) messages.push((await window.refusal('exchange.candidates.save', { candidate })).message);
    expect(messages[0]).toBe('Indiquez la date à laquelle le candidat a donné son consentement.');
    expect(messages[1]).toBe('Choisissez au moins un adhérent auquel le candidat accepte d’être présenté.');
    expect(messages[2]).toContain('L’adresse e-mail « pas une adresse » n’est pas valide');
    expect(messages[2]).toContain('« 12 » n’est pas un numéro de téléphone français');
    expect(messages[3]).toBe('La date du consentement est dans le futur : tapez le jour où il a été donné.');
    expect(await window.call('exchange.candidates.list')).toEqual([]);
    expect(window.db().prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 0 });
    window.close();
  });

  it('exports a selection to .xlsx for members, only with consent that covers the recipient, and audits it without names', async () => {
    const window = await openExchangeWindow(tempFolder());
    const aide = window.occupation('J1501');
    const ad = await window.call('exchange.ads.save', { ad: { structureId: window.ehpadId, occupationKey: aide.key, title: '=Aide-soignant(e)', contract: 'cdi', hoursPerWeek: 35 } });
    const place = await window.call('exchange.places.save', { place: { title: 'Simulateur de vieillissement', structureId: window.saadId, seats: 3, startsOn: '2027-01-12', communeCode: '61169' } });
    const shared = await window.call('exchange.candidates.save', { candidate: window.candidate() });
    const forSaad = await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Lemaire', firstName: 'Jules', consentScope: 'someMembers', consentMemberIds: [window.saadId] }) });

    const refusal = await window.refusal('exchange.export', { adIds: [ad.id], candidateIds: [shared.id, forSaad.id], placeIds: [place.id] });
    expect(refusal.message).toBe('Le consentement de Jules Lemaire ne permet pas de le présenter à tous les adhérents : retirez-le de la sélection, ou notez d’abord un consentement qui le permet. Rien n’a été exporté.');
    expect(window.db().prepare('SELECT count(*) AS n FROM audit_event').get()).toEqual({ n: 0 });

    const path = window.file('selection.xlsx');
    window.answer(path);
    const result = await window.call('exchange.export', { adIds: [ad.id], candidateIds: [shared.id, forSaad.id], placeIds: [place.id], recipientStructureId: window.saadId });
    expect(result).toEqual({ fileName: 'selection.xlsx', ads: 1, candidates: 2, places: 1 });

    const book = XLSX.read(readFileSync(path), { cellDates: true });
    expect(book.SheetNames).toEqual(['Offres d’emploi', 'Candidats', 'Places de formation']);
    const ads = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Offres d’emploi']!);
    expect(ads).toMatchObject([{ Structure: 'EHPAD Les Tilleuls', Poste: '=Aide-soignant(e)', Contrat: 'CDI', 'Heures par semaine': 35, Lieu: 'Flers', État: 'Ouverte' }]);
    expect(book.Sheets['Offres d’emploi']!.B2?.f).toBeUndefined();
    const candidates = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Candidats!);
    expect(candidates.map((c) => [c.Nom, c.Prénom, c['Métiers souhaités'], c.Téléphone, c['CV disponible']])).toEqual([
      ['Berthelot', 'Maëlle', aide.label, '06 12 34 56 78', 'Non'],
      ['Lemaire', 'Jules', aide.label, '06 12 34 56 78', 'Non'],
    ]);
    const places = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Places de formation']!);
    expect(places).toMatchObject([{ Formation: 'Simulateur de vieillissement', 'Proposée par': 'SAAD du Bocage', Places: 3, État: 'Disponibles' }]);

    const audit = window.db().prepare('SELECT action, subject, count, detail FROM audit_event ORDER BY id').all();
    expect(audit).toEqual([
      { action: 'share', subject: 'candidate', count: 2, detail: 'Sélection exportée en classeur pour un adhérent' },
      { action: 'export', subject: 'job-ad', count: 1, detail: 'Sélection exportée en classeur pour un adhérent' },
      { action: 'export', subject: 'training-place', count: 1, detail: 'Sélection exportée en classeur pour un adhérent' },
    ]);
    window.close();
  });
});
