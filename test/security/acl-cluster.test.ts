/**
 * ACLs in a KRaft cluster live in the metadata log (AccessControlEntryRecord), as Kafka's StandardAuthorizer keeps
 * them: bindings created or deleted through any node (kafkajs' CreateAcls / DeleteAcls, forwarded to the active
 * controller) decide on every node, and survive restarts. The nodes reach each other and their controllers over
 * PLAINTEXT as User:ANONYMOUS, which is a super user here (Kafka wants the inter-node principal to be one).
 */
import assert from 'node:assert/strict';
import { type AclEntry, Kafka, logLevel } from 'kafkajs';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../src/security/acl';
import type { CreateAclsResponse, EnvelopeResponse } from '../../protocol/generated';
import { envelopeFor, responseInEnvelope } from '../../src/cluster/envelope';
import { ErrorCode } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { WireClient } from '../broker/wire-client';
import { startKraftNodes, until } from '../broker/kraft-nodes';

describe('ACLs in a KRaft cluster: kept in the metadata log', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];
  const jaas =
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw" ' +
    'user_admin="admin-pw" user_alice="alice-pw";';

  before(async () => {
    nodes = await startKraftNodes(
      3,
      {
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
        'sasl.enabled.mechanisms': 'PLAIN',
        'listener.name.sasl_plaintext.plain.sasl.jaas.config': jaas,
        'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        'super.users': 'User:admin;User:ANONYMOUS',
      },
      'SASL_PLAINTEXT://127.0.0.1:0',
    );
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  const kafka = (node: TestBroker, user: string) =>
    new Kafka({
      clientId: `acl-cluster-${user}`,
      brokers: [node.endpoints.SASL_PLAINTEXT!],
      sasl: { mechanism: 'plain', username: user, password: `${user}-pw` },
      logLevel: logLevel.NOTHING,
      // A refusal is not retried; a leader still being elected after the restarts is.
      retry: { retries: 8, initialRetryTime: 100 },
    });
  /** Whether alice may describe `secured` on `node` (a Metadata request answered there). */
  const aliceSees = async (node: TestBroker): Promise<boolean> => {
    const admin = kafka(node, 'alice').admin();
    await admin.connect();
    try {
      // kafkajs gives fetchTopicMetadata a null answer (a TypeError) when the second Metadata request failed on
      // every broker it tried, e.g. one still opening its listener after the restarts: that is asked again.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.fetchTopicMetadata({ topics: ['secured'] });
          return true;
        } catch (error) {
          if (!(error instanceof TypeError) || attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    } catch (error) {
      if (/Not authorized to access topics/.test((error as Error).message)) return false;
      throw error;
    } finally {
      await admin.disconnect();
    }
  };
  const grant: AclEntry = {
    resourceType: ResourceType.TOPIC,
    resourceName: 'secured',
    resourcePatternType: PatternType.LITERAL,
    principal: 'User:alice',
    host: '*',
    operation: Op.DESCRIBE,
    permissionType: AclPermission.ALLOW,
  } as AclEntry;

  it('a binding created through a node that is not the controller decides on every node; deleted through another, on none', async () => {
    const controllerAt = nodes.findIndex((n) => n.broker.kraft!.isActiveController);
    const notController = nodes.find((_, i) => i !== controllerAt)!;
    const admin = kafka(notController, 'admin').admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: 'secured', numPartitions: 1, replicationFactor: 3 }] });
      for (const n of nodes) assert.equal(await aliceSees(n), false, `alice refused on node ${n.broker.nodeId}`);
      await admin.createAcls({ acl: [grant] });
      // Answered once the node that took it has the binding; the others follow the metadata log.
      assert.equal(await aliceSees(notController), true);
      await until(() => nodes.every((n) => n.broker.authorizer!.store.all().length === 1), 'every node has the ACL');
      for (const n of nodes) assert.equal(await aliceSees(n), true, `alice allowed on node ${n.broker.nodeId}`);
      const described = await admin.describeAcls({
        resourceType: ResourceType.ANY,
        resourcePatternType: PatternType.ANY,
        operation: Op.ANY,
        permissionType: AclPermission.ANY,
      } as Parameters<typeof admin.describeAcls>[0]);
      assert.equal(described.resources.length, 1);
    } finally {
      await admin.disconnect();
    }

    const other = kafka(nodes[controllerAt]!, 'admin').admin();
    await other.connect();
    try {
      const deleted = await other.deleteAcls({ filters: [grant] });
      assert.equal(deleted.filterResponses[0]!.matchingAcls.length, 1);
      assert.equal(await aliceSees(nodes[controllerAt]!), false);
      // Created again through the controller, for the restart below.
      await other.createAcls({ acl: [grant] });
    } finally {
      await other.disconnect();
    }
    await until(() => nodes.every((n) => n.broker.authorizer!.store.all().length === 1), 'every node has it again');
  });

  it('the active controller authorizes a forwarded CreateAcls as the client its Envelope names', async () => {
    const controller = nodes.find((n) => n.broker.kraft!.isActiveController)!;
    const port = controller.broker.boundListeners.find((l) => l.spec.name === 'CONTROLLER')!.port;
    const creations = [
      { resourceType: ResourceType.TOPIC, resourceName: 'other', resourcePatternType: PatternType.LITERAL },
    ].map((r) => ({ ...r, principal: 'User:alice', host: '*', operation: Op.READ, permissionType: 3 }));
    const asClient = async (principal: 'User:alice' | 'User:admin') => {
      const client = { principal, tokenAuthenticated: false, host: '127.0.0.1', clientId: 'acl-cluster' } as const;
      const c = await WireClient.connect(port);
      try {
        c.send(58, 0, envelopeFor(client, 30, 3, { creations }));
        const answer = await c.nextResponse<EnvelopeResponse>(58, 0);
        return responseInEnvelope<CreateAclsResponse>(30, 3, answer.body).results.map((r) => r.errorCode);
      } finally {
        c.close();
      }
    };
    // The Envelope's sender (User:ANONYMOUS here) is a super user; the client it carries is not.
    assert.deepEqual(await asClient('User:alice'), [ErrorCode.ClusterAuthorizationFailed]);
    assert.deepEqual(await asClient('User:admin'), [ErrorCode.None]);
    // Gone again, for the restart below (it counts one binding).
    const admin = kafka(controller, 'admin').admin();
    await admin.connect();
    try {
      await admin.deleteAcls({ filters: [{ ...grant, resourceName: 'other', operation: Op.READ } as AclEntry] });
    } finally {
      await admin.disconnect();
    }
    await until(() => nodes.every((n) => n.broker.authorizer!.store.all().length === 1), 'one binding again');
  });

  it('the bindings survive a restart of every node (replayed from the metadata log and its snapshots)', async () => {
    for (const n of nodes) await n.restart();
    // A restarted node serves its broker listener once it caught up with the metadata log: wait until each
    // knows the ACL and the topic again, then ask it.
    await until(
      () => nodes.every((n) => n.broker.authorizer!.store.all().length === 1 && n.broker.topics.get('secured')),
      'the ACL and the topic after restarts',
    );
    for (const n of nodes) assert.equal(await aliceSees(n), true, `alice allowed on node ${n.broker.nodeId}`);
  });
});
