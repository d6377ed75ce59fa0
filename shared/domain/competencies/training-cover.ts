// The trainings that would close a set of gaps (issue 10 §3–4): trainings develop competencies
// (training_competency, migration 012) and last duration_hours for one participant. A greedy set
// cover: take the training that closes the most remaining gaps per hour, until none helps. Not
// always the cheapest combination, but close, explainable, and instant for a few hundred trainings.

export type TrainingOffer = { id: number; title: string; hours: number; competencyIds: readonly number[] };

export type TrainingCover = {
  trainings: { id: number; title: string; hours: number; closes: number[] }[];
  hours: number;
  /** Gaps no training of the file develops. */
  uncovered: number[];
};

export function trainingsToClose(gapIds: readonly number[], offers: readonly TrainingOffer[]): TrainingCover {
  const remaining = new Set(gapIds);
  const chosen: TrainingCover['trainings'] = [];
  const available = [...offers];
  for (;;) {
    let best: { offer: TrainingOffer; closes: number[]; value: number } | null = null;
    for (const offer of available) {
      const closes = offer.competencyIds.filter((id) => remaining.has(id));
      if (closes.length === 0) continue;
      // Closed gaps per hour; a training of 0 h (not yet filled in) counts as 1 h.
      const value = closes.length / Math.max(offer.hours, 1);
      if (!best || value > best.value || (value === best.value && offer.id < best.offer.id)) best = { offer, closes, value };
    }
    if (!best) break;
    chosen.push({ id: best.offer.id, title: best.offer.title, hours: best.offer.hours, closes: best.closes });
    for (const id of best.closes) remaining.delete(id);
    available.splice(available.indexOf(best.offer), 1);
  }
  return { trainings: chosen, hours: chosen.reduce((sum, t) => sum + t.hours, 0), uncovered: gapIds.filter((id) => remaining.has(id)) };
}
