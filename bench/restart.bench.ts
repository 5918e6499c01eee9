import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTopics, produceUnderLoad, startAndTimeFirstAnswer } from '../test/broker/many-partitions';
import type { Benchmark, BenchLine } from './harness';
import { freePort } from '../src/cluster/free-port';

/**
 * Restart after SIGKILL of a broker holding 2,000 partitions (20 topics x 100, acks=all load on 100 of them
 * when it is killed): spawn of `node bin/brook.js serve` to its first Metadata answer, as a ratio to an empty
 * broker's start measured in the same run (both probed every millisecond on fresh connections). Needs
 * `npm run build` (it runs the compiled CLI as a user would).
 */

const bench: Benchmark = {
  name: 'restart',
  async run(): Promise<BenchLine[]> {
    const dir = mkdtempSync(join(process.env.BROOK_BENCH_DIR ?? tmpdir(), 'brook-bench-restart-'));
    try {
      const port = await freePort();
      const data = join(dir, 'data');
      const first = await startAndTimeFirstAnswer(port, data);
      const topics = await createTopics(port, 20, 100);
      const targets = topics.flatMap((topic) => [0, 50].map((partition) => ({ topic, partition })));
      const load = produceUnderLoad(port, targets, { connections: 4, inFlight: 8 });
      while (load.count() < 10000) await new Promise((r) => setTimeout(r, 20));
      first.broker.child.kill('SIGKILL');
      await first.broker.exit;
      load.stop();
      await load.stopped;
      const times = { empty: 0, restart: 0 };
      // Alternate an empty broker's start and the 2,000-partition restart, three of each; keep the medians.
      const samples: { empty: number[]; restart: number[] } = { empty: [], restart: [] };
      for (let round = 0; round < 3; round++) {
        const empty = await startAndTimeFirstAnswer(port, join(dir, `empty-${round}`));
        samples.empty.push(empty.ms);
        empty.broker.child.kill('SIGKILL');
        await empty.broker.exit;
        const again = await startAndTimeFirstAnswer(port, data);
        samples.restart.push(again.ms);
        again.broker.child.kill('SIGKILL'); // every round restarts after a SIGKILL
        await again.broker.exit;
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
      times.empty = median(samples.empty);
      times.restart = median(samples.restart);
      return [
        {
          name: 'restart after SIGKILL, 2,000 partitions: spawn to first Metadata answer',
          value: times.restart,
          unit: 'ms',
          ratio: { value: times.restart / times.empty, against: 'empty broker start, same run' },
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
