import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchLine } from './harness';
import { fillPageCache } from './memory-in-service';

/**
 * `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or those named) and prints one table.
 * BENCH_MEMORY=in-service fills the machine's free memory with page cache first (bench/memory-in-service.ts).
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const lines: BenchLine[] = [];
  const releaseMemory = process.env.BENCH_MEMORY === 'in-service' ? fillPageCache() : () => {};
  try {
    for (const file of files) {
      const bench: Benchmark = (await import(join(__dirname, file))).default;
      if (only.length > 0 && !only.includes(bench.name)) continue;
      process.stderr.write(`running ${bench.name}...\n`);
      lines.push(...(await bench.run()));
    }
  } finally {
    releaseMemory();
  }
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  console.log('| benchmark | figure | ratio | against | goal |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of lines) {
    const ratio = line.ratio;
    const met =
      ratio?.goal === undefined ? false : ratio.atMost ? ratio.value <= ratio.goal : ratio.value >= ratio.goal;
    const goal =
      ratio?.goal === undefined ? '' : `${ratio.atMost ? '<=' : '>='} ${ratio.goal}${met ? ' (met)' : ' (NOT met)'}`;
    console.log(
      `| ${line.name} | ${fmt(line.value)} ${line.unit} | ${ratio ? fmt(ratio.value) : ''} | ${ratio?.against ?? ''} | ${goal} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
