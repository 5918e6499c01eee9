import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { ControlRecordType } from '../../protocol/records';
import { METADATA_PARTITION, METADATA_TOPIC } from './constants';
import { BOOTSTRAP_SNAPSHOT_ID, SnapshotStore } from './snapshot-store';
import { encodeKRaftVersion, encodeVoters, type VoterSet } from './voter-set';

/**
 * Writes the bootstrap checkpoint of a KIP-853 quorum, as Kafka's Formatter.writeDynamicQuorumSnapshot does:
 * `<metadata dir>/__cluster_metadata-0/00000000000000000000-0000000000.checkpoint` holding SnapshotHeader,
 * KRaftVersionRecord (kraft.version 1) and VotersRecord in one control batch, then SnapshotFooter. A node
 * whose log holds it knows the initial voters before any record is replicated. Returns the file's path.
 */
export function writeBootstrapCheckpoint(metadataDir: string, voters: VoterSet, kraftVersion = 1): string {
  const dir = join(metadataDir, `${METADATA_TOPIC}-${METADATA_PARTITION}`);
  mkdirSync(dir, { recursive: true });
  return new SnapshotStore(dir).write(BOOTSTRAP_SNAPSHOT_ID, [], Date.now(), [
    { type: ControlRecordType.KRaftVersion, value: encodeKRaftVersion(kraftVersion) },
    { type: ControlRecordType.KRaftVoters, value: encodeVoters(voters) },
  ]);
}
