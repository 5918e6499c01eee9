import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { delegationTokenRecord, imageRecords, MetadataImage } from '../../../replication/metadata';
import { snapshotFileName } from '../../../replication/raft';
import { ControllerCluster } from './controller-cluster';

/** Everything an image holds, comparable with deepEqual (bigints as strings). */
function canonical(image: MetadataImage): unknown {
  return JSON.parse(
    JSON.stringify(
      {
        brokers: [...image.brokers.entries()].sort(([a], [b]) => a - b),
        topics: [...image.topicsById.values()]
          .map((t) => ({ ...t, partitions: [...t.partitions.entries()].sort(([a], [b]) => a - b) }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        configs: [...image.configs.entries()].map(([k, v]) => [k, [...v.entries()].sort()]).sort(),
        features: [...image.features.entries()].sort(),
        nextProducerId: image.nextProducerId,
        delegationTokens: [...image.delegationTokens.entries()].sort(),
      },
      (_k, v) => (typeof v === 'bigint' ? v.toString() : v),
    ),
  );
}

describe('metadata snapshots (SnapshotGenerator, metadata.log.max.record.bytes.between.snapshots)', function () {
  this.timeout(30_000);
  let cluster: ControllerCluster;
  afterEach(() => cluster.close());

  it('replaying the records of an image rebuilds the same image', async () => {
    cluster = new ControllerCluster();
    const c = await cluster.active();
    const epochs = await cluster.brokers(c, 3, ['r1', 'r2', null]);
    await cluster.createTopic(c, 'orders', 3, 2, { 'cleanup.policy': 'compact' });
    await cluster.createTopic(c, 'events', 1, 3);
    await cluster.settle(c.allocateProducerIds(1, epochs.get(1)!));
    const token = {
      tokenId: 'a-token',
      owner: 'User:alice',
      requester: 'User:admin',
      renewers: ['User:bob'],
      issueTimestamp: 1000,
      maxTimestamp: 9000,
      expiryTimestamp: 5000,
    };
    await cluster.settle(
      c.alterDelegationTokens([{ type: 'DelegationTokenRecord', version: 0, value: delegationTokenRecord(token) }]),
    );
    const copy = new MetadataImage();
    for (const r of imageRecords(c.committed)) copy.apply(r, 0);
    assert.deepEqual(canonical(copy), canonical(c.committed));
    assert.ok(copy.nextProducerId > 0n);
    assert.deepEqual(copy.delegationTokens.get('a-token'), token);
  });

  it('every voter snapshots its image and trims its log; a restarted voter and one far behind load the snapshot, then the tail', async () => {
    cluster = new ControllerCluster({ snapshotBytes: 600 });
    let c = await cluster.active();
    const leaderId = cluster.raft.leaders()[0]!.id;
    const [behind, restarted] = cluster.raft.ids.filter((id) => id !== leaderId) as [number, number];
    // One voter stays down while the others write and trim: it must come back through FetchSnapshot.
    await cluster.raft.stopNode(behind);
    await cluster.brokers(c, 3);
    for (let i = 0; i < 12; i++) await cluster.createTopic(c, `topic-${i}`, 2, 2, { 'retention.ms': String(1000 + i) });

    for (const id of [leaderId, restarted]) {
      const written = cluster.generators.get(id)!.written;
      assert.ok(written.length >= 2, `voter ${id} wrote snapshots: ${JSON.stringify(written)}`);
      const node = cluster.raft.nodes.get(id)!;
      const latest = written.at(-1)!;
      assert.equal(node.log.startOffset, latest.endOffset, `voter ${id} released its log below the snapshot`);
      assert.ok(existsSync(join(node.log.log.dir, snapshotFileName(latest))));
      assert.equal(node.log.snapshots.list().length, 1, 'older snapshots deleted');
    }
    const expected = canonical(c.committed);

    // A voter restarted from its directory loads its own snapshot, then replays the log's tail.
    const ownSnapshot = cluster.generators.get(restarted)!.written.at(-1);
    await cluster.raft.stopNode(restarted);
    cluster.raft.startNode(restarted);
    await cluster.raft.until(
      () => cluster.controllers.get(restarted)!.committed.offset === c.committed.offset,
      'the restarted voter caught up',
    );
    assert.deepEqual(cluster.raft.listeners.get(restarted)!.snapshots, [ownSnapshot]);
    assert.deepEqual(canonical(cluster.controllers.get(restarted)!.committed), expected);

    // The voter that was down is below the leader's log start: the leader answers its Fetch with the snapshot
    // id, it copies the snapshot (FetchSnapshot), loads it and fetches the rest.
    cluster.raft.startNode(behind);
    c = cluster.controllers.get(leaderId)!;
    await cluster.createTopic(c, 'after-restart', 1, 1);
    await cluster.raft.until(
      () => cluster.controllers.get(behind)!.committed.offset === c.committed.offset,
      'the voter that was down caught up',
    );
    assert.equal(cluster.raft.listeners.get(behind)!.snapshots.length, 1, 'it loaded a snapshot');
    assert.ok(cluster.raft.nodes.get(behind)!.log.startOffset > 0);
    assert.deepEqual(canonical(cluster.controllers.get(behind)!.committed), canonical(c.committed));
    assert.ok(cluster.controllers.get(behind)!.committed.topic('after-restart'));
  });
});
