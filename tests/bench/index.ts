/**
 * `npm run bench`: one JSON line per measure, {"bench", "ms", "baselineMs", "ratio", "target"},
 * each baseline measured in the same run (machines are noisy: only ratios mean something).
 */
import { benches } from './registry';

for (const bench of benches) {
  const result = await bench.run();
  const ratio = result.ms / result.baselineMs;
  console.log(JSON.stringify({ bench: bench.name, ms: Math.round(result.ms), baselineMs: Math.round(result.baselineMs), ratio: Number(ratio.toFixed(3)), target: bench.target }));
}
