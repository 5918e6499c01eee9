/**
 * What a KRaft cluster's metadata log starts with beyond its voters, as Kafka's BootstrapMetadata: the SCRAM
 * credentials `brook storage format --add-scram` was given (so brokers can log in to each other with SCRAM before
 * anyone could create a user). Kept in the metadata directory beside meta.properties (`bootstrap-metadata.json`)
 * and written into the log by the first active controller, once per cluster: with the metadata.version
 * FeatureLevelRecord that marks a log as bootstrapped, as Kafka's first records (QuorumController's bootstrap).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataRecord } from '../../protocol/metadata-record';

export const BOOTSTRAP_METADATA_FILE = 'bootstrap-metadata.json';

/** One `--add-scram` credential, as stored (binary fields in base64). */
export interface BootstrapScram {
  name: string;
  /** Kafka's ScramMechanism type (1 SCRAM-SHA-256, 2 SCRAM-SHA-512). */
  mechanism: number;
  salt: string;
  storedKey: string;
  serverKey: string;
  iterations: number;
}

export function writeBootstrapMetadata(dir: string, scram: readonly BootstrapScram[]): void {
  writeFileSync(join(dir, BOOTSTRAP_METADATA_FILE), `${JSON.stringify({ version: 0, scram }, null, 1)}\n`);
}

/** The records a controller writes when it bootstraps the log; none when the directory has no such file. */
export function readBootstrapRecords(dir: string): MetadataRecord[] {
  const path = join(dir, BOOTSTRAP_METADATA_FILE);
  if (!existsSync(path)) return [];
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { scram?: BootstrapScram[] };
  return (saved.scram ?? []).map((c) => ({
    type: 'UserScramCredentialRecord',
    version: 0,
    value: {
      name: c.name,
      mechanism: c.mechanism,
      salt: Buffer.from(c.salt, 'base64'),
      storedKey: Buffer.from(c.storedKey, 'base64'),
      serverKey: Buffer.from(c.serverKey, 'base64'),
      iterations: c.iterations,
    },
  }));
}
