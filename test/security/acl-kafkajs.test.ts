import assert from 'node:assert/strict';
import { type Admin, type AclEntry, type AclFilter, Kafka, logLevel } from 'kafkajs';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../src/security/acl';
import { startBroker, type TestBroker } from '../../src/testing';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../broker/wire-client';
import { firstValue } from '../kafkajs-consume';

/**
 * ACLs through kafkajs 2.2.4 over SASL_PLAINTEXT against an in-process Brook running Kafka's StandardAuthorizer
 * settings: the super user manages ACLs with CreateAcls / DescribeAcls / DeleteAcls; alice, permitted on the
 * `allowed-` topics and her group, produces, consumes and commits; bob, with no ACL, and alice outside her
 * grants are refused with Kafka's specific error codes, and Metadata lists only the topics they may describe.
 */
describe('ACLs with kafkajs over SASL_PLAINTEXT', function () {
  this.timeout(30000);
  let broker: TestBroker;
  const jaas =
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw" ' +
    'user_admin="admin-pw" user_alice="alice-pw" user_bob="bob-pw" user_carol="carol-pw";';
  const admins: Admin[] = [];

  const kafka = (user: string) =>
    new Kafka({
      clientId: `acl-test-${user}`,
      brokers: [broker.endpoints.SASL_PLAINTEXT!],
      sasl: { mechanism: 'plain', username: user, password: `${user}-pw` },
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
  async function adminOf(user: string): Promise<Admin> {
    const admin = kafka(user).admin();
    await admin.connect();
    admins.push(admin);
    return admin;
  }
  const acl = (over: Partial<Record<keyof AclEntry, unknown>>): AclEntry =>
    ({
      resourceType: ResourceType.TOPIC,
      resourceName: 'allowed-',
      resourcePatternType: PatternType.PREFIXED,
      principal: 'User:alice',
      host: '*',
      operation: Op.WRITE,
      permissionType: AclPermission.ALLOW,
      ...over,
    }) as AclEntry;
  async function errorType(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      const e = error as { type?: string; message?: string; errors?: { type?: string }[] };
      if (e.type) return e.type;
      if (e.errors?.[0]?.type) return e.errors[0].type; // KafkaJSAggregateError (CreateTopics)
      // kafkajs rethrows a refused Metadata topic as KafkaJSNonRetriableError carrying only the message of its
      // error table for TOPIC_AUTHORIZATION_FAILED (29).
      if (e.message?.startsWith('Not authorized to access topics')) return 'TOPIC_AUTHORIZATION_FAILED';
      return String(error);
    }
    return 'no error';
  }

  before(async () => {
    broker = await startBroker({
      logLevel: 'error',
      // PLAINTEXT: User:ANONYMOUS, for the raw wire checks kafkajs cannot show.
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0,PLAINTEXT://127.0.0.1:0',
      config: {
        'listener.security.protocol.map': 'SASL_PLAINTEXT:SASL_PLAINTEXT,PLAINTEXT:PLAINTEXT',
        'sasl.enabled.mechanisms': 'PLAIN',
        'listener.name.sasl_plaintext.plain.sasl.jaas.config': jaas,
        'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        'super.users': 'User:admin',
        'auto.create.topics.enable': 'false',
      },
    });
    const admin = await adminOf('admin');
    await admin.createTopics({
      topics: ['allowed-orders', 'secret', 'readonly'].map((topic) => ({ topic, numPartitions: 1 })),
    });
    await admin.createAcls({
      acl: [
        acl({}),
        acl({ operation: Op.READ }),
        acl({ resourceName: 'readonly', resourcePatternType: PatternType.LITERAL, operation: Op.DESCRIBE }),
        acl({
          resourceType: ResourceType.GROUP,
          resourceName: 'alice-group',
          resourcePatternType: PatternType.LITERAL,
          operation: Op.READ,
        }),
        // carol may find her group's coordinator and see `readonly`, but not join the group (READ).
        acl({
          principal: 'User:carol',
          resourceType: ResourceType.GROUP,
          resourceName: 'carol-group',
          resourcePatternType: PatternType.LITERAL,
          operation: Op.DESCRIBE,
        }),
        acl({
          principal: 'User:carol',
          resourceName: 'readonly',
          resourcePatternType: PatternType.LITERAL,
          operation: Op.DESCRIBE,
        }),
        // User:ANONYMOUS (the PLAINTEXT listener): ALTER_CONFIGS on `readonly`, READ on a group, for the
        // authorized-operation fields.
        acl({
          principal: 'User:ANONYMOUS',
          resourceName: 'readonly',
          resourcePatternType: PatternType.LITERAL,
          operation: Op.ALTER_CONFIGS,
        }),
        acl({
          principal: 'User:ANONYMOUS',
          resourceType: ResourceType.GROUP,
          resourceName: 'anon-group',
          resourcePatternType: PatternType.LITERAL,
          operation: Op.READ,
        }),
      ],
    });
  });
  after(async () => {
    for (const a of admins) await a.disconnect().catch(() => {});
    await broker?.stop();
  });

  it('the super user lists the ACLs it created (DescribeAcls, MATCH filter)', async () => {
    const admin = await adminOf('admin');
    const described = await admin.describeAcls({
      resourceType: ResourceType.TOPIC,
      resourceName: 'allowed-orders',
      resourcePatternType: PatternType.MATCH,
      operation: Op.ANY,
      permissionType: AclPermission.ANY,
    } as AclFilter);
    assert.deepEqual(
      described.resources.map((r) => [r.resourceName, r.resourcePatternType, r.acls.map((a) => a.operation).sort()]),
      [['allowed-', PatternType.PREFIXED, [Op.READ, Op.WRITE]]],
    );
  });

  it('alice produces, consumes in her group and sees only the topics she may describe', async () => {
    const producer = kafka('alice').producer();
    await producer.connect();
    await producer.send({ topic: 'allowed-orders', messages: [{ value: 'one' }] });
    await producer.disconnect();
    const consumer = kafka('alice').consumer({ groupId: 'alice-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'allowed-orders', fromBeginning: true });
    const got = await firstValue(consumer, 'allowed-orders', { failOnCrash: true });
    assert.equal(got, 'one');
    const alice = await adminOf('alice');
    const { topics } = await alice.fetchTopicMetadata();
    assert.deepEqual(topics.map((t) => t.name).sort(), ['allowed-orders', 'readonly']);
    const offsets = await alice.fetchOffsets({ groupId: 'alice-group', topics: ['allowed-orders'] });
    assert.equal(offsets[0]!.partitions[0]!.offset, '1');
  });

  it('alice is refused outside her grants: TOPIC_AUTHORIZATION_FAILED from Metadata and from Produce', async () => {
    const producer = kafka('alice').producer();
    await producer.connect();
    try {
      assert.equal(
        await errorType(producer.send({ topic: 'secret', messages: [{ value: 'x' }] })),
        'TOPIC_AUTHORIZATION_FAILED',
      );
      // DESCRIBE on `readonly` lets Metadata through; Produce then refuses the WRITE.
      assert.equal(
        await errorType(producer.send({ topic: 'readonly', messages: [{ value: 'x' }] })),
        'TOPIC_AUTHORIZATION_FAILED',
      );
    } finally {
      await producer.disconnect();
    }
    const alice = await adminOf('alice');
    assert.equal(
      await errorType(alice.createTopics({ topics: [{ topic: 'allowed-new' }] })),
      'TOPIC_AUTHORIZATION_FAILED',
    );
  });

  it('bob, with no ACL, sees no topic and is refused per API with the right codes', async () => {
    const bob = await adminOf('bob');
    assert.deepEqual((await bob.fetchTopicMetadata()).topics, []);
    assert.equal(await errorType(bob.fetchTopicMetadata({ topics: ['allowed-orders'] })), 'TOPIC_AUTHORIZATION_FAILED');
    assert.equal(
      await errorType(
        bob.describeAcls({
          resourceType: ResourceType.ANY,
          resourcePatternType: PatternType.ANY,
          operation: Op.ANY,
          permissionType: AclPermission.ANY,
        } as AclFilter),
      ),
      'CLUSTER_AUTHORIZATION_FAILED',
    );
    const producer = kafka('bob').producer();
    await producer.connect();
    try {
      assert.equal(
        await errorType(producer.send({ topic: 'allowed-orders', messages: [{ value: 'x' }] })),
        'TOPIC_AUTHORIZATION_FAILED',
      );
    } finally {
      await producer.disconnect();
    }
  });

  it('joining a group needs READ on it: JoinGroup answers GROUP_AUTHORIZATION_FAILED', async () => {
    const consumer = kafka('carol').consumer({ groupId: 'carol-group' });
    await consumer.connect();
    try {
      const crashed = new Promise<string>((resolve, reject) => {
        // bounded: a wait that never ends would never get to the `finally` that disconnects the consumer
        setTimeout(() => reject(new Error('the consumer did not crash within 20 s')), 20_000).unref();
        consumer.on(consumer.events.CRASH, (e) => {
          const error = e.payload.error as { type?: string };
          resolve(error.type ?? String(error));
        });
      });
      await consumer.subscribe({ topic: 'readonly' });
      void consumer.run({ eachMessage: async () => {} }).catch(() => {});
      assert.equal(await crashed, 'GROUP_AUTHORIZATION_FAILED');
    } finally {
      await consumer.disconnect().catch(() => {});
    }
  });

  it("raw wire: FindCoordinator, InitProducerId and a group's configs refuse User:ANONYMOUS with the specific codes", async () => {
    // kafkajs reports a refused FindCoordinator as KafkaJSGroupCoordinatorNotFound, dropping Kafka's code.
    const port = Number(broker.endpoints.PLAINTEXT!.split(':').pop());
    const wire = await WireClient.connect(port);
    try {
      const ask = async <T>(apiKey: number, version: number, body: unknown) => {
        wire.send(apiKey, version, body);
        return (await wire.nextResponse<T>(apiKey, version)).body;
      };
      type Coordinator = { errorCode: number };
      const group = await ask<Coordinator>(10, 3, { key: 'alice-group', keyType: 0, coordinatorKeys: [] });
      assert.equal(group.errorCode, ErrorCode.GroupAuthorizationFailed);
      const txn = await ask<Coordinator>(10, 3, { key: 'tx-1', keyType: 1, coordinatorKeys: [] });
      assert.equal(txn.errorCode, ErrorCode.TransactionalIdAuthorizationFailed);
      const init = { transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1 };
      const idempotent = await ask<Coordinator>(22, 4, { ...init, transactionalId: null });
      assert.equal(idempotent.errorCode, ErrorCode.ClusterAuthorizationFailed);
      const transactional = await ask<Coordinator>(22, 4, { ...init, transactionalId: 'tx-1' });
      assert.equal(transactional.errorCode, ErrorCode.TransactionalIdAuthorizationFailed);
      const acls = await ask<Coordinator>(29, 3, {
        resourceTypeFilter: ResourceType.ANY,
        resourceNameFilter: null,
        patternTypeFilter: PatternType.ANY,
        principalFilter: null,
        hostFilter: null,
        operation: Op.ANY,
        permissionType: AclPermission.ANY,
      });
      assert.equal(acls.errorCode, ErrorCode.ClusterAuthorizationFailed);
      // Cluster-level APIs: DescribeLogDirs (checked by the dispatcher) and DescribeUserScramCredentials.
      assert.equal((await ask<Coordinator>(35, 4, { topics: null })).errorCode, ErrorCode.ClusterAuthorizationFailed);
      assert.equal((await ask<Coordinator>(50, 0, { users: null })).errorCode, ErrorCode.ClusterAuthorizationFailed);
      // Authorized operations when asked: a topic's (ALTER_CONFIGS implies DESCRIBE_CONFIGS, not DESCRIBE, so
      // Metadata refuses the topic itself), the cluster's (0 without DESCRIBE on it), a group's.
      type Md = { clusterAuthorizedOperations: number; topics: { name: string; errorCode: number }[] };
      const md = await ask<Md>(3, 10, {
        topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'readonly' }],
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: true,
        includeTopicAuthorizedOperations: true,
      });
      assert.equal(md.clusterAuthorizedOperations, 0);
      assert.deepEqual(
        md.topics.map((t) => [t.name, t.errorCode]),
        [['readonly', ErrorCode.TopicAuthorizationFailed]],
      );
      type Groups = { groups: { groupId: string; errorCode: number; authorizedOperations: number }[] };
      const groups = await ask<Groups>(15, 5, {
        groups: ['anon-group', 'alice-group'],
        includeAuthorizedOperations: true,
      });
      assert.deepEqual(
        groups.groups.map((g) => [g.groupId, g.errorCode, g.authorizedOperations]),
        [
          ['anon-group', 0, (1 << Op.READ) | (1 << Op.DESCRIBE)],
          ['alice-group', ErrorCode.GroupAuthorizationFailed, -2147483648],
        ],
      );
      // A group's own configs (the GROUP config resource) need DESCRIBE_CONFIGS / ALTER_CONFIGS on the group:
      // READ on anon-group grants neither.
      type GroupConfigs = { results: { errorCode: number; errorMessage: string | null }[] };
      const described = await ask<GroupConfigs>(32, 4, {
        resources: [{ resourceType: 32, resourceName: 'anon-group', configurationKeys: null }],
        includeSynonyms: false,
        includeDocumentation: false,
      });
      assert.deepEqual(
        [described.results[0]!.errorCode, described.results[0]!.errorMessage],
        [ErrorCode.GroupAuthorizationFailed, 'Group authorization failed.'],
      );
      type Altered = { responses: { errorCode: number }[] };
      const altered = await ask<Altered>(44, 1, {
        resources: [
          {
            resourceType: 32,
            resourceName: 'anon-group',
            configs: [{ name: 'consumer.session.timeout.ms', configOperation: 0, value: '50000' }],
          },
        ],
        validateOnly: false,
      });
      assert.equal(altered.responses[0]!.errorCode, ErrorCode.GroupAuthorizationFailed);
    } finally {
      wire.close();
    }
  });

  it('DeleteAcls removes what the filter matches, and the refusal follows', async () => {
    const admin = await adminOf('admin');
    const deleted = await admin.deleteAcls({
      filters: [
        {
          resourceType: ResourceType.TOPIC,
          resourceName: 'allowed-',
          resourcePatternType: PatternType.PREFIXED,
          principal: 'User:alice',
          operation: Op.WRITE,
          permissionType: AclPermission.ALLOW,
        } as AclFilter,
      ],
    });
    assert.equal(deleted.filterResponses[0]!.matchingAcls.length, 1);
    const producer = kafka('alice').producer();
    await producer.connect();
    try {
      // READ still implies DESCRIBE, so Metadata answers and Produce refuses.
      assert.equal(
        await errorType(producer.send({ topic: 'allowed-orders', messages: [{ value: 'x' }] })),
        'TOPIC_AUTHORIZATION_FAILED',
      );
    } finally {
      await producer.disconnect();
    }
  });
});
