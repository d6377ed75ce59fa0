/**
 * `npm run bench`: one JSON line per measure, {"bench", "ms", "baselineMs", "ratio", "target"},
 * each baseline measured in the same run (machines are noisy: only ratios mean something).
 * `npm run bench -- pooling` runs only the measures whose name contains one of the words given.
 *
 * Each measure runs in a process of its own: one measure's leftovers (a heap of a hundred
 * thousand rows being collected, an idle worker) otherwise slowed the next by half on two cores.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benches } from './registry';

const childFlag = '--one';

async function runOne(index: number) {
  const bench = benches[index];
  if (!bench) throw new Error(`bench: no measure ${index}`);
  const result = await bench.run();
  const ratio = result.ms / result.baselineMs;
  console.log(JSON.stringify({ bench: bench.name, ms: Math.round(result.ms), baselineMs: Math.round(result.baselineMs), ratio: Number(ratio.toFixed(3)), target: bench.target }));
}

const args = process.argv.slice(2);
if (args[0] === childFlag) {
  await runOne(Number(args[1]));
  // Workers kept for the next job (idle for a minute) must not hold the measure's process open.
  process.exit(0);
} else {
  const script = fileURLToPath(import.meta.url);
  let failed = false;
  for (const [index, bench] of benches.entries()) {
    if (args.length > 0 && !args.some((word) => bench.name.includes(word))) continue;
    const child = spawnSync(process.execPath, [script, childFlag, String(index)], { stdio: 'inherit' });
    if (child.status !== 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}
