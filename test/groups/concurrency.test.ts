/**
 * 20 classic members (hand-driven over the wire, JoinGroup v5 with MEMBER_ID_REQUIRED) join one group at the
 * same moment, then 6 of them leave at random times while the others keep heartbeating and rejoining. The
 * group must settle within the rebalance timeout, with no member that stays ever told UNKNOWN_MEMBER_ID (the
 * loop peer brokers fall into under concurrency) and one owner per partition.
 */
import assert from 'node:assert/strict';
import { decodeVersionPrefixed, encodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolAssignmentCodec } from '../../protocol/generated/consumer-protocol-assignment';
import type { ClassicGroup } from '../../src/groups/classic-group';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { subscription } from './helpers';

const GROUP = 'crowd';
const TOPIC = 'crowd-topic';
const PARTITIONS = 12;
const REBALANCE_TIMEOUT = 10000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface JoinResponse {
  errorCode: number;
  generationId: number;
  memberId: string;
  leader: string;
  members: { memberId: string }[];
}

class Member {
  memberId = '';
  generation = -1;
  partitions: number[] = [];
  unknownMemberId = 0;
  errors: number[] = [];
  private stopped = false;
  private leaving = false;
  done: Promise<void> = Promise.resolve();

  constructor(private readonly client: WireClient) {}

  start(): void {
    this.done = this.loop();
  }

  private async join(): Promise<JoinResponse> {
    for (;;) {
      const r = await this.client.send<JoinResponse>(11, 5, {
        groupId: GROUP,
        sessionTimeoutMs: 4000,
        rebalanceTimeoutMs: REBALANCE_TIMEOUT,
        memberId: this.memberId,
        groupInstanceId: null,
        protocolType: 'consumer',
        protocols: [{ name: 'roundrobin', metadata: subscription([TOPIC]) }],
        reason: null,
      });
      if (r.errorCode === 79) {
        this.memberId = r.memberId;
        continue;
      }
      return r;
    }
  }

  private note(code: number): void {
    if (code === 0) return;
    this.errors.push(code);
    if (code === 25) {
      this.unknownMemberId++;
      this.memberId = '';
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const joined = await this.join();
      this.note(joined.errorCode);
      if (joined.errorCode !== 0) continue;
      this.generation = joined.generationId;
      const assignments =
        joined.leader === this.memberId
          ? joined.members.map((m, i) => ({
              memberId: m.memberId,
              assignment: encodeVersionPrefixed(ConsumerProtocolAssignmentCodec, 0, {
                assignedPartitions: [
                  {
                    topic: TOPIC,
                    partitions: Array.from({ length: PARTITIONS }, (_, p) => p).filter(
                      (p) => p % joined.members.length === i,
                    ),
                  },
                ],
                userData: null,
              }),
            }))
          : [];
      const synced = await this.client.send<{ errorCode: number; assignment: Buffer }>(14, 3, {
        groupId: GROUP,
        generationId: joined.generationId,
        memberId: this.memberId,
        groupInstanceId: null,
        protocolType: null,
        protocolName: null,
        assignments,
      });
      this.note(synced.errorCode);
      if (synced.errorCode !== 0) continue;
      this.partitions =
        synced.assignment.length > 0
          ? decodeVersionPrefixed(ConsumerProtocolAssignmentCodec, synced.assignment).value.assignedPartitions.flatMap(
              (t) => t.partitions,
            )
          : [];
      while (!this.stopped) {
        await sleep(200);
        if (this.stopped) break;
        const hb = await this.client.send<{ errorCode: number }>(12, 3, {
          groupId: GROUP,
          generationId: this.generation,
          memberId: this.memberId,
          groupInstanceId: null,
        });
        if (hb.errorCode === 27) break;
        this.note(hb.errorCode);
        if (hb.errorCode !== 0) break;
      }
    }
    if (this.leaving) {
      await this.client.send(13, 3, {
        groupId: GROUP,
        memberId: '',
        members: [{ memberId: this.memberId, groupInstanceId: null, reason: null }],
      });
    }
  }

  /** Stops after the current request; with `leave`, sends LeaveGroup. */
  stop(leave: boolean): Promise<void> {
    this.leaving = leave;
    this.stopped = true;
    return this.done;
  }
}

describe('groups: 20 members joining at once, random leaves', function () {
  this.timeout(90000);
  let broker: TestBroker;
  const clients: WireClient[] = [];

  before(async () => {
    broker = await startBroker({ config: { 'group.min.session.timeout.ms': 1000 } });
    await broker.broker.topics.create(TOPIC, { partitions: PARTITIONS, replicationFactor: 1, configs: {} });
  });
  after(async () => {
    for (const c of clients) c.close();
    await broker.stop();
  });

  it('settles within the rebalance timeout with no UNKNOWN_MEMBER_ID loops and one owner per partition', async () => {
    const members: Member[] = [];
    for (let i = 0; i < 20; i++) {
      const client = await WireClient.connect(broker.bootstrap, `member-${i}`);
      clients.push(client);
      members.push(new Member(client));
    }
    const t0 = Date.now();
    for (const m of members) m.start();
    const group = () => broker.broker.groups.group(GROUP) as ClassicGroup | undefined;
    const settled = (expected: Member[]) => {
      const g = group();
      if (g?.state !== 'Stable' || g.members.size !== expected.length) return false;
      return expected.every((m) => m.generation === g.generationId && g.members.has(m.memberId));
    };
    const waitSettled = async (expected: Member[]) => {
      const start = Date.now();
      while (!settled(expected)) {
        if (Date.now() - start > REBALANCE_TIMEOUT) throw new Error(`not settled after ${REBALANCE_TIMEOUT} ms`);
        await sleep(20);
      }
      return Date.now() - start;
    };
    const firstSettle = await waitSettled(members);
    const firstGeneration = group()!.generationId;
    // Random leaves: 6 members at random moments within 3 s.
    const order = [...members].sort(() => Math.random() - 0.5);
    const leavers = order.slice(0, 6);
    const stayers = order.slice(6);
    await Promise.all(leavers.map((m) => sleep(Math.random() * 3000).then(() => m.stop(true))));
    const afterLeaves = await waitSettled(stayers);
    await sleep(500);
    assert.ok(settled(stayers), 'still settled');
    const owners = new Map<number, number>();
    for (const m of stayers) for (const p of m.partitions) owners.set(p, (owners.get(p) ?? 0) + 1);
    assert.deepEqual(
      [...owners.keys()].sort((a, b) => a - b),
      Array.from({ length: PARTITIONS }, (_, p) => p),
    );
    assert.ok(
      [...owners.values()].every((n) => n === 1),
      'one owner per partition',
    );
    for (const m of stayers)
      assert.equal(m.unknownMemberId, 0, `member ${m.memberId} got UNKNOWN_MEMBER_ID (errors ${m.errors})`);
    const generations = group()!.generationId - firstGeneration;
    console.log(
      `      20 members settled in ${firstSettle} ms (generation ${firstGeneration}); after 6 random leaves settled in ${afterLeaves} ms, ${generations} more generations; total ${Date.now() - t0} ms`,
    );
    await Promise.all(stayers.map((m) => m.stop(true)));
  });
});
