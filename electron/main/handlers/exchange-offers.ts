import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatch';
import type { ParsedInput } from '../../../shared/api';
import { requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { deleteAd, insertAd, placeOfAd, requireAd, setAdStatus, updateAd, listAds, type AdValue } from '../store/exchange/job-ads';
import { locate } from '../store/exchange/location';
import { matchesForAd } from '../store/exchange/matches';
import { deletePlace, listPlaces, requirePlace, savePlace, type PlaceValue } from '../store/exchange/training-places';
import { ensureOccupations } from '../store/cdd/seed-occupations';
import { ensureCompetencies } from '../store/competencies/seed';
import { copyTrainingFreePlaces } from '../store/exchange/training-free-places';

type OfferHandlers = Pick<
  Handlers,
  'exchange.ads.list' | 'exchange.ads.save' | 'exchange.ads.setStatus' | 'exchange.ads.delete' | 'exchange.ads.matches' | 'exchange.places.list' | 'exchange.places.save' | 'exchange.places.delete' | 'exchange.places.fromTrainings'
>;

export function requireStructureId(db: Database.Database, id: number): number {
  if (!db.prepare('SELECT 1 FROM structure WHERE id = ?').get(id)) fail('NOT_FOUND', 'Cette structure n’existe plus (elle a peut-être été supprimée) : choisissez-en une autre.');
  return id;
}

/** The occupation's row id from its stable key (the contract speaks in keys, as the CDD screens do). */
export function occupationIdOf(db: Database.Database, key: string): number {
  const row = db.prepare('SELECT id FROM occupation WHERE key = ?').get(key) as { id: number } | undefined;
  return row?.id ?? fail('NOT_FOUND', 'Ce métier n’existe plus dans le fichier (il a peut-être été fusionné) : choisissez-en un autre.');
}

export function checkPeriod(startsOn: string | null, endsOn: string | null, what: string): void {
  for (const day of [startsOn, endsOn]) {
    if (day !== null && Number.isNaN(new Date(`${day}T00:00:00Z`).getTime())) fail('VALIDATION', `La date « ${day} » n’existe pas : tapez une date du calendrier (jj/mm/aaaa).`);
  }
  if (startsOn && endsOn && endsOn < startsOn) fail('VALIDATION', `La fin ${what} précède son début : vérifiez les deux dates.`);
}

function adValueOf(db: Database.Database, ad: ParsedInput<'exchange.ads.save'>['ad'], today: string): AdValue {
  requireStructureId(db, ad.structureId);
  checkPeriod(ad.startsOn, ad.endsOn, 'du contrat');
  if (ad.contract === 'cdi' && ad.endsOn) fail('VALIDATION', 'Un CDI n’a pas de date de fin : effacez-la, ou choisissez CDD.');
  return {
    structureId: ad.structureId,
    occupationId: ad.occupationKey === null ? null : occupationIdOf(db, ad.occupationKey),
    title: ad.title,
    contract: ad.contract,
    hoursPerWeek: ad.hoursPerWeek,
    startsOn: ad.startsOn,
    endsOn: ad.endsOn,
    description: ad.description,
    publishedOn: ad.publishedOn ?? today,
    ...placeOfAd(db, ad.structureId, ad.communeCode),
  };
}

function placeValueOf(db: Database.Database, place: ParsedInput<'exchange.places.save'>['place']): PlaceValue {
  if (place.structureId !== null) requireStructureId(db, place.structureId);
  checkPeriod(place.startsOn, place.endsOn, 'de la formation');
  const { communeCode, communeName } = locate(place.communeCode);
  const { occupationKey, ...rest } = place;
  return { ...rest, occupationId: occupationKey === null ? null : occupationIdOf(db, occupationKey), communeCode, communeName };
}

// Job ads and free training places (issue 13 §1): nothing personal, so no audit on writes.
export function exchangeOfferHandlers(ctx: WindowContext): OfferHandlers {
  const db = () => {
    const file = requireFile(ctx).db;
    ensureOccupations(file, ctx.app.now());
    return file;
  };
  const now = () => ctx.app.now();
  const today = () => now().toISOString().slice(0, 10);
  return {
    'exchange.ads.list': () => listAds(db()),
    'exchange.ads.save': ({ id, ad }) => {
      const file = db();
      const value = adValueOf(file, ad, today());
      const saved = file.transaction(() => {
        if (id === null) return insertAd(file, value, now());
        updateAd(file, id, value, now());
        return id;
      })();
      return requireAd(file, saved);
    },
    'exchange.ads.setStatus': ({ id, status }) => {
      const file = db();
      setAdStatus(file, id, status, now());
      return requireAd(file, id);
    },
    'exchange.ads.delete': ({ id }) => {
      deleteAd(db(), id);
      return null;
    },
    'exchange.ads.matches': ({ id }) => {
      // The reference grids come with the ROME starter set, loaded on first use as the competency screens do.
      ensureCompetencies(db(), now());
      return matchesForAd(db(), id);
    },
    'exchange.places.list': () => listPlaces(db()),
    'exchange.places.save': ({ id, place }) => {
      const file = db();
      const value = placeValueOf(file, place);
      return requirePlace(file, savePlace(file, id, value, now()));
    },
    'exchange.places.delete': ({ id }) => {
      deletePlace(db(), id);
      return null;
    },
    'exchange.places.fromTrainings': () => copyTrainingFreePlaces(db(), now()),
  };
}
