import { setFlagsFromString } from 'node:v8';

/** V8's options that size the young generation: given on the node command line, they are the user's choice. */
const YOUNG_GENERATION_OPTIONS = ['--semi-space-growth-factor', '--max-semi-space-size', '--min-semi-space-size'];

/**
 * Keeps V8's young generation at its initial size in a `brook serve` process (V8 grows it up to 16 MiB a
 * semi-space under load), unless the node command line sizes it. Returns whether it did.
 *
 * Why: every socket read is a fresh buffer that V8 counts as external memory, and the external memory allocated
 * since the last full collection counts against the old generation's limit. A broker under produce load reads
 * hundreds of MiB a second but makes little other garbage, so with a large young generation the young collections
 * (which free those buffers at once) come too seldom, and once one full collection has set the limit close to the
 * live heap, V8 runs a full collection for about every 8 MiB read: 20-30 a second. Kept small, the young
 * collections come every MiB or two and free the buffers first (about 110 a second, each 0.5-1.5 ms), and no
 * full collection is needed (bench/replication-ab.ts counts them). Measured with the flag set this way: acks=all
 * produce to a one-replica partition 550-559 -> 701-721 MiB/s, to a replication factor 3 leader 176-180 -> 214-221
 * MiB/s (README). The socket reads of the connections Brook opens itself avoid the fresh buffers
 * altogether (src/groups/wire-client.ts); a server's accepted sockets cannot (Node's `onread` is only for
 * sockets a process opens).
 *
 * The growth factor is read each time V8 would grow the young generation, so setting it after start takes effect
 * (a maximum size would not: the heap is sized when the process starts). `brook serve` sets it a moment after
 * its ready line, once the compile cache has start-up's code (serve.ts says why). An in-process broker
 * (brook/testing's startBroker) leaves its host's V8 alone.
 */
export function keepYoungGenerationSmall(execArgv: readonly string[] = process.execArgv): boolean {
  const sized = execArgv.some((arg) => {
    const name = arg.split('=')[0]!.replace(/_/g, '-');
    return YOUNG_GENERATION_OPTIONS.includes(name);
  });
  if (sized) return false;
  setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}
