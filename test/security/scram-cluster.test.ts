/**
 * SCRAM users in a KRaft cluster live in the metadata log (UserScramCredentialRecord), as in Kafka: a user created
 * or deleted through any node (`brook user`, AlterUserScramCredentials forwarded to the active controller) logs in,
 * or is refused, on every node, and every node lists the same users.
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from '../broker/kraft-nodes';
import { brook } from '../cli/helpers';

describe('SCRAM credentials in a KRaft cluster: kept in the metadata log', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];

  before(async () => {
    nodes = await startKraftNodes(
      3,
      {
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256',
      },
      'SASL_PLAINTEXT://127.0.0.1:0',
    );
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  /** Whether `user` logs in on `node`'s SASL listener with `password` (kafkajs, SCRAM-SHA-256). */
  const logsIn = async (node: TestBroker, user: string, password: string): Promise<boolean> => {
    const admin = new Kafka({
      clientId: 'scram-cluster',
      brokers: [node.endpoints.SASL_PLAINTEXT!],
      sasl: { mechanism: 'scram-sha-256', username: user, password },
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      await admin.describeCluster();
      return true;
    } catch (error) {
      if ((error as Error).name === 'KafkaJSSASLAuthenticationError') return false;
      throw error;
    } finally {
      await admin.disconnect();
    }
  };

  it('a user created through a node that is not the controller logs in on every node; deleted through another, on none', async () => {
    const controllerAt = nodes.findIndex((n) => n.broker.kraft!.isActiveController);
    const notController = nodes.find((_, i) => i !== controllerAt)!;
    const created = await brook(
      ['user', 'create', 'alice', '--password', 'alice-pw', '--mechanism', 'SCRAM-SHA-256'],
      notController.bootstrap,
    );
    assert.equal(created.code, 0, created.stderr);
    // The answer comes once the node that took the request has the credential: it logs in there at once.
    assert.equal(await logsIn(notController, 'alice', 'alice-pw'), true);
    await until(() => nodes.every((n) => n.broker.scramCredentials.users().has('alice')), 'every node knows alice');
    for (const n of nodes) {
      assert.equal(await logsIn(n, 'alice', 'alice-pw'), true, `alice logs in on node ${n.broker.nodeId}`);
      assert.equal(await logsIn(n, 'alice', 'wrong'), false, `a wrong password is refused on ${n.broker.nodeId}`);
    }
    // Through the active controller itself, then listed alike everywhere.
    const bob = await brook(['user', 'create', 'bob', '--password', 'bob-pw'], nodes[controllerAt]!.bootstrap);
    assert.equal(bob.code, 0, bob.stderr);
    await until(() => nodes.every((n) => n.broker.scramCredentials.users().size === 2), 'every node knows bob');
    const listed = await brook(['user', 'list', '-o', 'json'], nodes[(controllerAt + 1) % 3]!.bootstrap);
    assert.deepEqual(
      JSON.parse(listed.stdout).map((u: { user: string }) => u.user),
      ['alice', 'bob'],
    );

    const deleted = await brook(['user', 'delete', 'alice', '--mechanism', 'SCRAM-SHA-256'], nodes[2]!.bootstrap);
    assert.equal(deleted.code, 0, deleted.stderr);
    await until(() => nodes.every((n) => !n.broker.scramCredentials.users().has('alice')), 'alice gone everywhere');
    for (const n of nodes) assert.equal(await logsIn(n, 'alice', 'alice-pw'), false);
  });

  it('the credentials survive a restart of every node (replayed from the metadata log and its snapshots)', async () => {
    for (const n of nodes) await n.restart();
    await until(() => nodes.every((n) => n.broker.scramCredentials.users().has('bob')), 'bob known after restarts');
  });
});
