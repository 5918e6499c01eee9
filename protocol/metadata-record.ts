/**
 * A metadata log record's value as Kafka's `MetadataRecordSerde` (`AbstractApiMessageSerde`) frames it: an
 * unsigned varint frame version (1), an unsigned varint record type (the schema's apiKey), an unsigned varint
 * record version, then the record in that version. The key of every record in `__cluster_metadata` is null.
 * The record codecs are generated into `generated/metadata-records/` from Kafka 4.4.0's schemas.
 */
import { METADATA_RECORD_CODECS, METADATA_RECORD_TYPES } from './generated/metadata-records';
import type * as M from './generated/metadata-records';
import { Reader, Writer } from './primitives';

export const METADATA_FRAME_VERSION = 1;

/** Every metadata record Brook reads or writes, tagged by its schema name. */
export type MetadataRecord =
  | { type: 'RegisterBrokerRecord'; version: number; value: M.RegisterBrokerRecord }
  | { type: 'UnregisterBrokerRecord'; version: number; value: M.UnregisterBrokerRecord }
  | { type: 'TopicRecord'; version: number; value: M.TopicRecord }
  | { type: 'PartitionRecord'; version: number; value: M.PartitionRecord }
  | { type: 'ConfigRecord'; version: number; value: M.ConfigRecord }
  | { type: 'PartitionChangeRecord'; version: number; value: M.PartitionChangeRecord }
  | { type: 'FenceBrokerRecord'; version: number; value: M.FenceBrokerRecord }
  | { type: 'UnfenceBrokerRecord'; version: number; value: M.UnfenceBrokerRecord }
  | { type: 'RemoveTopicRecord'; version: number; value: M.RemoveTopicRecord }
  | { type: 'FeatureLevelRecord'; version: number; value: M.FeatureLevelRecord }
  | { type: 'ProducerIdsRecord'; version: number; value: M.ProducerIdsRecord }
  | { type: 'BrokerRegistrationChangeRecord'; version: number; value: M.BrokerRegistrationChangeRecord }
  | { type: 'NoOpRecord'; version: number; value: M.NoOpRecord }
  | { type: 'UserScramCredentialRecord'; version: number; value: M.UserScramCredentialRecord }
  | { type: 'RemoveUserScramCredentialRecord'; version: number; value: M.RemoveUserScramCredentialRecord }
  | { type: 'AccessControlEntryRecord'; version: number; value: M.AccessControlEntryRecord }
  | { type: 'RemoveAccessControlEntryRecord'; version: number; value: M.RemoveAccessControlEntryRecord }
  | { type: 'ClientQuotaRecord'; version: number; value: M.ClientQuotaRecord }
  | { type: 'DelegationTokenRecord'; version: number; value: M.DelegationTokenRecord }
  | { type: 'RemoveDelegationTokenRecord'; version: number; value: M.RemoveDelegationTokenRecord };

export type MetadataRecordName = keyof typeof METADATA_RECORD_TYPES;

const NAME_BY_TYPE = new Map<number, MetadataRecordName>(
  Object.entries(METADATA_RECORD_TYPES).map(([name, type]) => [type, name as MetadataRecordName]),
);

/** Frames one record as Kafka writes it into the metadata log. */
export function encodeMetadataRecord(record: MetadataRecord): Buffer {
  const type = METADATA_RECORD_TYPES[record.type];
  const codec = METADATA_RECORD_CODECS[type]!;
  const w = new Writer(64);
  w.uvarint(METADATA_FRAME_VERSION).uvarint(type).uvarint(record.version);
  codec.encode(w, record.version, record.value);
  return Buffer.from(w.finish());
}

/**
 * Reads one framed record; throws naming the record when the frame or the body is malformed, or when the type
 * or version is one this build does not know (Kafka fails the same way: a metadata log it cannot read is fatal
 * to the reader, never skipped).
 */
export function decodeMetadataRecord(bytes: Buffer): MetadataRecord {
  const r = new Reader(bytes);
  r.field = 'frameVersion';
  const frameVersion = r.uvarint();
  r.field = 'type';
  const type = r.uvarint();
  r.field = 'version';
  const version = r.uvarint();
  const header = r.toError('metadata record frame');
  if (header) throw header;
  if (frameVersion !== METADATA_FRAME_VERSION) throw new Error(`metadata record frame version ${frameVersion}`);
  const codec = METADATA_RECORD_CODECS[type];
  const name = NAME_BY_TYPE.get(type);
  if (!codec || !name) throw new Error(`unknown metadata record type ${type}`);
  if (version < codec.minVersion || version > codec.maxVersion) {
    throw new Error(`${name} version ${version} (this build reads ${codec.minVersion}-${codec.maxVersion})`);
  }
  const value = codec.decode(r, version);
  const error = r.toError(`${name} v${version}`);
  if (error) throw error;
  return { type: name, version, value } as MetadataRecord;
}
