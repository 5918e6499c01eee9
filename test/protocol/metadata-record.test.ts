import assert from 'node:assert/strict';
import { defaultPartitionRecord, defaultRegisterBrokerRecord } from '../../protocol/generated/metadata-records';
import { decodeMetadataRecord, encodeMetadataRecord } from '../../protocol/metadata-record';

describe('metadata records (MetadataRecordSerde framing over the generated codecs)', () => {
  it('frames a TopicRecord as Kafka does: frame version, type 2, version 0, then the flexible body', () => {
    const topicId = 'AAECAwQFBgcICQoLDA0ODw';
    const bytes = encodeMetadataRecord({ type: 'TopicRecord', version: 0, value: { name: 'orders', topicId } });
    const expected = Buffer.concat([
      Buffer.from([1, 2, 0, 7]),
      Buffer.from('orders'),
      Buffer.from(topicId, 'base64url'),
      Buffer.from([0]), // no tagged fields
    ]);
    assert.deepEqual(bytes, expected);
    assert.deepEqual(decodeMetadataRecord(bytes), {
      type: 'TopicRecord',
      version: 0,
      value: { name: 'orders', topicId },
    });
  });

  it('round-trips PartitionRecord v2 and RegisterBrokerRecord v3 with tagged and nested fields', () => {
    const partition = { ...defaultPartitionRecord(), partitionId: 3, replicas: [1, 2, 3], isr: [1, 2], leader: 1 };
    partition.leaderEpoch = 4;
    partition.partitionEpoch = 7;
    partition.eligibleLeaderReplicas = [3];
    const p = decodeMetadataRecord(encodeMetadataRecord({ type: 'PartitionRecord', version: 2, value: partition }));
    assert.deepEqual(p, { type: 'PartitionRecord', version: 2, value: partition });
    const broker = { ...defaultRegisterBrokerRecord(), brokerId: 2, brokerEpoch: 10n, rack: 'r1', fenced: true };
    broker.endPoints = [{ name: 'PLAINTEXT', host: 'h', port: 9092, securityProtocol: 0 }];
    const b = decodeMetadataRecord(encodeMetadataRecord({ type: 'RegisterBrokerRecord', version: 3, value: broker }));
    assert.deepEqual(b.value, broker);
  });

  it('refuses an unknown record type, an unknown version and a truncated body with a clear error', () => {
    assert.throws(() => decodeMetadataRecord(Buffer.from([1, 99, 0])), /unknown metadata record type 99/);
    assert.throws(() => decodeMetadataRecord(Buffer.from([1, 2, 9])), /TopicRecord version 9/);
    assert.throws(() => decodeMetadataRecord(Buffer.from([2, 2, 0])), /frame version 2/);
    const good = encodeMetadataRecord({
      type: 'TopicRecord',
      version: 0,
      value: { name: 'x', topicId: 'AAECAwQFBgcICQoLDA0ODw' },
    });
    assert.throws(() => decodeMetadataRecord(good.subarray(0, good.length - 5)), /TopicRecord v0/);
  });
});
