/**
 * Metadata snapshots (Kafka's SnapshotGenerator and MetadataImage.write, KIP-630): every node writes a snapshot
 * of its committed image once `metadata.log.max.record.bytes.between.snapshots` of records were committed
 * since the last one, and Raft releases the log below it. A restarting node loads the snapshot, then the log's
 * tail; a follower (or a new member) behind the leader's log start copies it with FetchSnapshot.
 */
import { encodeMetadataRecord, type MetadataRecord } from '../../protocol/metadata-record';
import type { StorageLogger } from '../../storage';
import type { CommittedBatch, RaftListener, SnapshotId } from '../raft';
import { delegationTokenRecord, type MetadataImage } from './image';
import { partitionRecord } from './replication-control';

/** Kafka's metadata.log.max.record.bytes.between.snapshots default (20 MiB). */
export const DEFAULT_MAX_BYTES_BETWEEN_SNAPSHOTS = 20 * 1024 * 1024;

/** What the generator needs of the Raft node (RaftNode has it). */
export interface SnapshotWriter {
  createSnapshot(endOffset: number, records: readonly Buffer[]): SnapshotId;
}

/** The records that rebuild `image` when replayed into an empty one (Kafka's MetadataImage.write). */
export function imageRecords(image: MetadataImage): MetadataRecord[] {
  const out: MetadataRecord[] = [];
  for (const [name, featureLevel] of image.features) {
    out.push({ type: 'FeatureLevelRecord', version: 0, value: { name, featureLevel } });
  }
  for (const b of image.brokers.values()) {
    out.push({
      type: 'RegisterBrokerRecord',
      version: 3,
      value: {
        brokerId: b.id,
        isMigratingZkBroker: false,
        incarnationId: b.incarnationId,
        brokerEpoch: b.epoch,
        endPoints: b.endpoints.map((e) => ({ ...e })),
        features: [],
        rack: b.rack,
        fenced: b.fenced,
        inControlledShutdown: b.inControlledShutdown,
        logDirs: [],
        cordonedLogDirs: null,
      },
    });
  }
  for (const t of image.topicsById.values()) {
    out.push({ type: 'TopicRecord', version: 0, value: { name: t.name, topicId: t.id } });
    for (const [p, state] of t.partitions) out.push(partitionRecord(t.id, p, state));
  }
  for (const [key, values] of image.configs) {
    const colon = key.indexOf(':');
    const resourceType = Number(key.slice(0, colon));
    const resourceName = key.slice(colon + 1);
    for (const [name, value] of values) {
      out.push({ type: 'ConfigRecord', version: 0, value: { resourceType, resourceName, name, value } });
    }
  }
  for (const [name, byMechanism] of image.scramCredentials) {
    for (const [mechanism, c] of byMechanism) {
      out.push({ type: 'UserScramCredentialRecord', version: 0, value: { name, mechanism, ...c } });
    }
  }
  for (const token of image.delegationTokens.values()) {
    out.push({ type: 'DelegationTokenRecord', version: 0, value: delegationTokenRecord(token) });
  }
  for (const [id, binding] of image.acls) {
    out.push({ type: 'AccessControlEntryRecord', version: 0, value: { id, ...binding } });
  }
  for (const { entity, values } of image.clientQuotas.values()) {
    const parts = Object.entries(entity).map(([entityType, entityName]) => ({ entityType, entityName }));
    for (const [key, value] of Object.entries(values)) {
      out.push({ type: 'ClientQuotaRecord', version: 0, value: { entity: parts, key, value, remove: false } });
    }
  }
  if (image.nextProducerId > 0n) {
    out.push({
      type: 'ProducerIdsRecord',
      version: 0,
      value: { brokerId: -1, brokerEpoch: -1n, nextProducerId: image.nextProducerId },
    });
  }
  return out;
}

export interface SnapshotGeneratorOptions {
  /** The committed image, as the listeners before this one left it for the batches just delivered. */
  image: () => MetadataImage;
  writer: SnapshotWriter;
  /** metadata.log.max.record.bytes.between.snapshots. */
  maxBytesBetweenSnapshots?: number;
  logger?: StorageLogger;
}

/**
 * A RaftListener placed after the one that keeps the image (the controller on a voter, the publisher on a
 * broker): it counts the committed records' bytes and snapshots the image at the end of the batch that crossed
 * the threshold.
 */
export class SnapshotGenerator implements RaftListener {
  private bytesSinceSnapshot = 0;
  private readonly maxBytes: number;
  /** The snapshots this node wrote, oldest first. */
  readonly written: SnapshotId[] = [];

  constructor(private readonly options: SnapshotGeneratorOptions) {
    this.maxBytes = options.maxBytesBetweenSnapshots ?? DEFAULT_MAX_BYTES_BETWEEN_SNAPSHOTS;
  }

  onCommit(batches: CommittedBatch[]): void {
    if (batches.length === 0) return;
    for (const b of batches) for (const r of b.records) this.bytesSinceSnapshot += r.length;
    if (this.bytesSinceSnapshot < this.maxBytes) return;
    const endOffset = batches.at(-1)!.lastOffset + 1;
    const image = this.options.image();
    // The image must be exactly the log below endOffset; a listener ahead or behind would snapshot a lie.
    if (image.offset !== endOffset - 1) {
      this.options.logger?.warn(`metadata snapshot at ${endOffset} skipped: the image is at ${image.offset}`);
      return;
    }
    const id = this.options.writer.createSnapshot(endOffset, imageRecords(image).map(encodeMetadataRecord));
    this.written.push(id);
    this.options.logger?.info(
      `metadata snapshot ${id.endOffset}-${id.epoch} written after ${this.bytesSinceSnapshot} bytes of records`,
    );
    this.bytesSinceSnapshot = 0;
  }

  onSnapshotLoad(): void {
    this.bytesSinceSnapshot = 0;
  }
}
