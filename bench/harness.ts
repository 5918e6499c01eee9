/**
 * Shared shapes for `npm run bench`. Each `bench/*.bench.ts` default-exports a Benchmark; `bench/main.ts`
 * runs them in one process and prints one table. Figures are reported as ratios against a baseline measured
 * in the same run (these machines are noisy: absolute numbers only mean something next to each other).
 */
export interface BenchLine {
  /** What was measured, e.g. "Produce v9 decode, 16 KiB batches". */
  name: string;
  value: number;
  unit: string;
  /** Optional ratio against a baseline measured in the same run; `goal` is a floor unless `atMost` says ceiling. */
  ratio?: { value: number; against: string; goal?: number; atMost?: boolean };
}

export interface Benchmark {
  /** Short name used by `npm run bench -- NAME` to select benchmarks. */
  name: string;
  run(): Promise<BenchLine[]>;
}

/**
 * Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns operations per second.
 * The best of three rounds is kept: interference only ever makes a round slower.
 */
export function opsPerSecond(fn: () => void, ms = 400): number {
  const deadline = performance.now() + ms / 4;
  while (performance.now() < deadline) fn();
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms / 3) {
      for (let i = 0; i < 16; i++) fn();
      ops += 16;
      now = performance.now();
    }
    best = Math.max(best, ops / ((now - start) / 1000));
  }
  return best;
}

/**
 * Operations per second of each function, measured in interleaved rounds and the best of each kept: when
 * figures are compared as ratios, interleaving spreads the machine's noise over all of them alike.
 */
export function interleavedOpsPerSecond(fns: (() => unknown)[], ms = 300, rounds = 3): number[] {
  const best = fns.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, i) => {
      best[i] = Math.max(best[i]!, opsPerSecond(fn, ms));
    });
  }
  return best;
}

/** Async variant of `opsPerSecond` for benchmarks whose unit of work is a promise. */
export async function asyncOpsPerSecond(fn: () => Promise<void>, ms = 400): Promise<number> {
  const warmUntil = performance.now() + ms / 4;
  while (performance.now() < warmUntil) await fn();
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms / 3) {
      await fn();
      ops++;
      now = performance.now();
    }
    best = Math.max(best, ops / ((now - start) / 1000));
  }
  return best;
}

export const MiB = 1024 * 1024;
