/**
 * Kafka 4.4's own `kafka-acls` (org.apache.kafka.tools.AclCommand) adding, listing and removing ACLs on Brook
 * (CreateAcls / DescribeAcls / DeleteAcls through Kafka's Admin client), cross-checked with `brook acl`, which
 * also creates and deletes ACLs the tool then lists. The broker runs StandardAuthorizer's keys with the tool's
 * principal (User:ANONYMOUS on PLAINTEXT) as super user. Without java or the Kafka jars
 * (npx tsx compat-tests/java/prepare.ts) the kafka-acls test says so and is skipped (pending); the `brook acl`
 * test runs everywhere.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';

import { kafkaClasspath, kafkaToolsMissing, QUIET_LOG, SMALL_JVM } from '../../compat-tests/lib/kafka-jars';
import { startBroker, type TestBroker } from '../../src/testing';
import { brook, brookOk } from '../cli/helpers';

function kafkaAcls(bootstrap: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = [...SMALL_JVM, ...QUIET_LOG, '-cp', kafkaClasspath(), 'org.apache.kafka.tools.AclCommand'];
  return new Promise((resolve) => {
    execFile('java', [...argv, '--bootstrap-server', bootstrap, ...args], { timeout: 90000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

interface Listed {
  resourceType: string;
  resourceName: string;
  patternType: string;
  principal: string;
  operation: string;
  permissionType: string;
}

describe('ACL tools: kafka-acls and brook acl', function () {
  this.timeout(120000);
  let broker: TestBroker;
  let bootstrap: string;
  const listed = async (...filter: string[]) =>
    (JSON.parse(await brookOk(['acl', 'list', ...filter, '-o', 'json'], bootstrap)) as Listed[])
      .map(
        (a) => `${a.permissionType} ${a.principal} ${a.operation} ${a.resourceType}:${a.patternType}:${a.resourceName}`,
      )
      .sort();

  before(async () => {
    broker = await startBroker({
      logLevel: 'error',
      config: {
        'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
        'super.users': 'User:ANONYMOUS',
      },
    });
    bootstrap = broker.endpoints.PLAINTEXT!;
  });
  after(async () => {
    await broker?.stop();
  });

  it('an authorizer Brook does not have stops the start, naming the key; without one the ACL APIs say SECURITY_DISABLED', async () => {
    await assert.rejects(
      startBroker({ logLevel: 'error', config: { 'authorizer.class.name': 'com.example.MyAuthorizer' } }),
      /authorizer\.class\.name=com\.example\.MyAuthorizer is not an authorizer Brook has/,
    );
    const open = await startBroker({ logLevel: 'error' });
    try {
      const run = await brook(['acl', 'list'], open.endpoints.PLAINTEXT!);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /SECURITY_DISABLED \(No Authorizer is configured on the broker\)/);
    } finally {
      await open.stop();
    }
  });

  it('brook acl creates, lists (filters, MATCH) and deletes ACLs', async () => {
    const created = await brookOk(
      [
        'acl',
        'create',
        '--allow-principal',
        'User:alice',
        '--operation',
        'read',
        '--operation',
        'describe',
        '--topic',
        'sales-',
        '--resource-pattern-type',
        'prefixed',
      ],
      bootstrap,
    );
    assert.match(created, /Created 2 ACLs/);
    await brookOk(
      ['acl', 'create', '--deny-principal', 'User:bob', '--deny-host', '10.0.0.7', '--group', 'g1'],
      bootstrap,
    );
    assert.deepEqual(await listed(), [
      'ALLOW User:alice DESCRIBE TOPIC:PREFIXED:sales-',
      'ALLOW User:alice READ TOPIC:PREFIXED:sales-',
      'DENY User:bob ALL GROUP:LITERAL:g1',
    ]);
    assert.deepEqual(await listed('--topic', 'sales-eu', '--resource-pattern-type', 'match', '--operation', 'read'), [
      'ALLOW User:alice READ TOPIC:PREFIXED:sales-',
    ]);
    assert.deepEqual(await listed('--principal', 'User:bob'), ['DENY User:bob ALL GROUP:LITERAL:g1']);
    const text = await brookOk(['acl', 'list', '--group', 'g1'], bootstrap);
    assert.match(text, /GROUP\s+g1\s+LITERAL\s+User:bob\s+10\.0\.0\.7\s+ALL\s+DENY/);
    assert.match(await brookOk(['acl', 'delete', '--group', 'g1'], bootstrap), /Deleted 1 ACL:/);
    assert.match(
      await brookOk(['acl', 'delete', '--topic', 'sales-', '--resource-pattern-type', 'prefixed'], bootstrap),
      /Deleted 2 ACLs/,
    );
    assert.match(await brookOk(['acl', 'list'], bootstrap), /No ACLs\./);
    // Kafka's checks: a CLUSTER resource is LITERAL kafka-cluster only; usage errors exit 2.
    const bad = await brook(['acl', 'create', '--allow-principal', 'alice', '--topic', 't'], bootstrap);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /INVALID_REQUEST.*principal/);
    assert.equal((await brook(['acl', 'create', '--topic', 't'], bootstrap)).code, 2);
    assert.equal((await brook(['acl', 'list', '--operation', 'fly'], bootstrap)).code, 2);
  });

  it("Kafka's kafka-acls adds, lists and removes ACLs; brook acl sees the same", async function () {
    const missing = kafkaToolsMissing();
    if (missing) {
      console.log(`      (kafka-acls cannot run here: ${missing}; skipped)`);
      this.skip();
    }
    const add = await kafkaAcls(bootstrap, [
      '--add',
      '--allow-principal',
      'User:carol',
      '--operation',
      'Write',
      '--operation',
      'Describe',
      '--topic',
      'orders',
      '--transactional-id',
      'tx-',
      '--resource-pattern-type',
      'prefixed',
    ]);
    assert.equal(add.code, 0, add.stderr + add.stdout);
    assert.deepEqual(await listed('--principal', 'User:carol'), [
      'ALLOW User:carol DESCRIBE TOPIC:PREFIXED:orders',
      'ALLOW User:carol DESCRIBE TRANSACTIONAL_ID:PREFIXED:tx-',
      'ALLOW User:carol WRITE TOPIC:PREFIXED:orders',
      'ALLOW User:carol WRITE TRANSACTIONAL_ID:PREFIXED:tx-',
    ]);
    await brookOk(['acl', 'create', '--allow-principal', 'User:dave', '--operation', 'alter', '--cluster'], bootstrap);
    const list = await kafkaAcls(bootstrap, ['--list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /ResourcePattern\(resourceType=TOPIC, name=orders, patternType=PREFIXED\)/);
    assert.match(list.stdout, /\(principal=User:carol, host=\*, operation=WRITE, permissionType=ALLOW\)/);
    assert.match(list.stdout, /ResourcePattern\(resourceType=CLUSTER, name=kafka-cluster, patternType=LITERAL\)/);
    assert.match(list.stdout, /\(principal=User:dave, host=\*, operation=ALTER, permissionType=ALLOW\)/);
    const remove = await kafkaAcls(bootstrap, [
      '--remove',
      '--force',
      '--topic',
      'orders',
      '--resource-pattern-type',
      'prefixed',
    ]);
    assert.equal(remove.code, 0, remove.stderr + remove.stdout);
    assert.deepEqual(await listed('--principal', 'User:carol'), [
      'ALLOW User:carol DESCRIBE TRANSACTIONAL_ID:PREFIXED:tx-',
      'ALLOW User:carol WRITE TRANSACTIONAL_ID:PREFIXED:tx-',
    ]);
  });
});
