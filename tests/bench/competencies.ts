// The full proximity matrix (issue 10 §5): 300 occupations × 400 competencies, every ordered pair,
// as a ratio to a plain nested loop computing the same numbers in the same run. Each occupation
// asks 30–80 of the 400 competencies at levels 1–4, a third of them core (like ROME's sector grids).
import { proximityMatrix, type MatrixGrid } from '../../shared/domain/competencies/matrix';
import type { Requirement } from '../../shared/domain/competencies/proximity';
import type { Bench } from './registry';

const occupations = 300;
const competencies = 400;

/** A small deterministic generator, so every run measures the same grids. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function grids(): MatrixGrid[] {
  const next = random(42);
  return Array.from({ length: occupations }, (_, id) => {
    const count = 30 + Math.floor(next() * 51);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(1 + Math.floor(next() * competencies));
    const requirements: Requirement[] = [...chosen].map((competencyId) => ({ competencyId, level: 1 + Math.floor(next() * 4), isCore: next() < 1 / 3 }));
    return { id: id + 1, requirements };
  });
}

/** The plain way: dense level tables, then for every pair every competency. */
function nestedLoop(input: readonly MatrixGrid[]): Float64Array {
  const n = input.length;
  const levels = input.map((g) => {
    const row = new Array<number>(competencies + 1).fill(0);
    for (const r of g.requirements) row[r.competencyId] = r.level;
    return row;
  });
  const cores = input.map((g) => {
    const row = new Array<boolean>(competencies + 1).fill(false);
    for (const r of g.requirements) row[r.competencyId] = r.isCore;
    return row;
  });
  const scores = new Float64Array(n * n);
  for (let a = 0; a < n; a += 1)
    for (let b = 0; b < n; b += 1) {
      let total = 0;
      let reached = 0;
      for (let c = 1; c <= competencies; c += 1) {
        const required = levels[b]?.[c] ?? 0;
        if (required === 0) continue;
        const weight = cores[b]?.[c] ? 2 : 1;
        total += weight;
        reached += (weight * Math.min(levels[a]?.[c] ?? 0, required)) / required;
      }
      scores[a * n + b] = total === 0 ? 1 : reached / total;
    }
  return scores;
}

const fastest = (values: number[]) => Math.min(...values);

async function matrixBench(): Promise<{ ms: number; baselineMs: number }> {
  const input = grids();
  const ours: number[] = [];
  const plain: number[] = [];
  let check: { scores: Float64Array } | null = null;
  let expected: Float64Array | null = null;
  for (let round = 0; round < 5; round += 1) {
    let started = performance.now();
    check = proximityMatrix(input);
    ours.push(performance.now() - started);
    started = performance.now();
    expected = nestedLoop(input);
    plain.push(performance.now() - started);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Same numbers, or the ratio means nothing.
  if (!check || !expected || check.scores.some((value, i) => Math.abs(value - (expected?.[i] ?? -1)) > 1e-9)) throw new Error('la matrice et la boucle simple ne donnent pas les mêmes proximités');
  return { ms: fastest(ours), baselineMs: fastest(plain) };
}

export const competencyBenches: Bench[] = [{ name: 'competencies: full proximity matrix, 300 occupations × 400 competencies / plain nested loop', target: 1.5, run: matrixBench }];
