/**
 * `npm run bench`: one JSON line per measure, {"bench", "ms", "baselineMs", "ratio", "target"},
 * each baseline measured in the same run (machines are noisy: only ratios mean something).
 * `npm run bench -- pooling` runs only the measures whose name contains one of the words given.
 */
import { benches } from './registry';

const words = process.argv.slice(2);
for (const bench of benches.filter((b) => words.length === 0 || words.some((word) => b.name.includes(word)))) {
  const result = await bench.run();
  const ratio = result.ms / result.baselineMs;
  console.log(JSON.stringify({ bench: bench.name, ms: Math.round(result.ms), baselineMs: Math.round(result.baselineMs), ratio: Number(ratio.toFixed(3)), target: bench.target }));
}
