/**
 * Where the reference data lives for the checks in this folder: `../shared` beside the repository (the Kafka
 * message schemas, kafkajs' wire fixtures, ksqlDB's public test cases). A user's clone does not have it, so
 * these checks are not part of `npm test`; `npm run check:shared` runs them and fails at once, saying so,
 * when the folder is missing (a check that cannot run must not look like one that passed).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.BROOK_SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'));

/** A path inside the reference data; throws, naming it, when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `reference data not found at ${path}: npm run check:shared needs ../shared beside the repository ` +
        '(or BROOK_SHARED_DIR naming it); npm test does not',
    );
  }
  return path;
}
