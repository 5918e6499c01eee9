/**
 * Client quotas in a KRaft cluster live in the metadata log (ClientQuotaRecord), as in Kafka: AlterClientQuotas
 * sent to any node (forwarded to the active controller) is described, and enforced, by every node, and survives a
 * restart.
 */
import assert from 'node:assert/strict';
import type { AlterClientQuotasResponse, DescribeClientQuotasResponse } from '../../protocol/generated';
import { ErrorCode } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';
import { startKraftNodes, until } from '../broker/kraft-nodes';

const ALTER = 49;
const DESCRIBE = 48;

async function call<T>(node: TestBroker, apiKey: number, version: number, body: unknown): Promise<T> {
  const c = await WireClient.connect(Number(node.bootstrap.split(':')[1]));
  try {
    c.send(apiKey, version, body);
    // A forwarded request waits for the active controller, which may still be being elected after the restarts.
    return (await c.nextResponse<T>(apiKey, version, 10_000)).body;
  } finally {
    c.close();
  }
}

describe('client quotas in a KRaft cluster: kept in the metadata log', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];
  before(async () => {
    nodes = await startKraftNodes(3);
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  const quotaOf = (n: TestBroker, user: string) => n.broker.clientQuotas.produce.quotaFor(user, 'any-client');

  it('a quota set through a node that is not the controller is described and enforced by every node; removed alike; kept across restarts', async () => {
    const notController = nodes.find((n) => !n.broker.kraft!.isActiveController)!;
    const set = (remove: boolean) =>
      call<AlterClientQuotasResponse>(notController, ALTER, 1, {
        entries: [
          {
            entity: [{ entityType: 'user', entityName: 'alice' }],
            ops: [{ key: 'producer_byte_rate', value: 1024, remove }],
          },
        ],
        validateOnly: false,
      });
    const answer = await set(false);
    assert.equal(answer.entries[0]!.errorCode, ErrorCode.None, answer.entries[0]!.errorMessage ?? '');
    // Answered once the node that took it has it; the others follow the metadata log.
    assert.equal(quotaOf(notController, 'alice'), 1024);
    await until(() => nodes.every((n) => quotaOf(n, 'alice') === 1024), 'every node enforces the quota');
    for (const n of nodes) {
      const described = await call<DescribeClientQuotasResponse>(n, DESCRIBE, 1, {
        components: [{ entityType: 'user', matchType: 0, match: 'alice' }],
        strict: false,
      });
      assert.deepEqual(
        (described.entries ?? []).map((e) => e.values.map((v) => [v.key, v.value])),
        [[['producer_byte_rate', 1024]]],
        `node ${n.broker.nodeId} describes it`,
      );
    }

    for (const n of nodes) await n.restart();
    await until(() => nodes.every((n) => quotaOf(n, 'alice') === 1024), 'the quota after restarts');
    // A restarted broker holds new connections until it caught up with the metadata log (as Kafka's starts its
    // listeners only then): wait for that rather than spend the request's time on it.
    await until(() => nodes.every((n) => n.broker.kraft!.caughtUp), 'every node caught up after restarts');

    // Right after the restarts a controller may still be being elected: NOT_CONTROLLER, which clients retry.
    let removed = await set(true);
    for (let i = 0; i < 50 && removed.entries[0]!.errorCode === ErrorCode.NotController; i++) {
      await new Promise((r) => setTimeout(r, 100));
      removed = await set(true);
    }
    assert.equal(removed.entries[0]!.errorCode, ErrorCode.None);
    await until(() => nodes.every((n) => quotaOf(n, 'alice') === undefined), 'the quota removed everywhere');
  });
});
