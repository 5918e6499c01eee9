import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AclBinding,
  AclOperation as Op,
  AclPermission,
  CLUSTER_NAME,
  filterMatches,
  invalidBindingReason,
  PatternType,
  ResourceType,
} from '../../src/security/acl';
import { FileAclStore, MemoryAclStore } from '../../src/security/acl-store';
import { Authorizer, parseSuperUsers } from '../../src/security/authorizer';

const acl = (over: Partial<AclBinding>): AclBinding => ({
  resourceType: ResourceType.TOPIC,
  resourceName: 'orders',
  patternType: PatternType.LITERAL,
  principal: 'User:alice',
  host: '*',
  operation: Op.READ,
  permissionType: AclPermission.ALLOW,
  ...over,
});

function authorizer(bindings: AclBinding[], options: { superUsers?: string[]; allowEveryone?: boolean } = {}) {
  const a = new Authorizer(new MemoryAclStore(), {
    superUsers: options.superUsers ?? [],
    allowEveryoneIfNoAclFound: options.allowEveryone ?? false,
  });
  a.create(bindings);
  return a;
}

const HOST = '10.0.0.1';

describe('ACL authorizer (StandardAuthorizer rules)', () => {
  it('allows a literal match and nothing else', () => {
    const a = authorizer([acl({})]);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'orders'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'orders'), false);
    assert.equal(a.authorize('User:bob', HOST, Op.READ, ResourceType.TOPIC, 'orders'), false);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'orders2'), false);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.GROUP, 'orders'), false);
  });

  it('matches prefixed patterns, the literal wildcard, User:* and host *', () => {
    const a = authorizer([
      acl({ resourceName: 'sales-', patternType: PatternType.PREFIXED }),
      acl({ resourceName: '*', principal: 'User:*', operation: Op.DESCRIBE }),
      acl({ resourceName: 'pinned', host: '10.0.0.9', operation: Op.WRITE }),
    ]);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'sales-eu'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'sale'), false);
    assert.equal(a.authorize('User:anyone', HOST, Op.DESCRIBE, ResourceType.TOPIC, 'whatever'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'pinned'), false);
    assert.equal(a.authorize('User:alice', '10.0.0.9', Op.WRITE, ResourceType.TOPIC, 'pinned'), true);
  });

  it('a literal name is not a prefix', () => {
    const a = authorizer([acl({ resourceName: 'ord' })]);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'orders'), false);
  });

  it('implies DESCRIBE from READ/WRITE/DELETE/ALTER and DESCRIBE_CONFIGS from ALTER_CONFIGS, only for ALLOW', () => {
    for (const op of [Op.READ, Op.WRITE, Op.DELETE, Op.ALTER]) {
      assert.equal(authorizer([acl({ operation: op })]).authorize('User:alice', HOST, Op.DESCRIBE, 2, 'orders'), true);
    }
    assert.equal(
      authorizer([acl({ operation: Op.CREATE })]).authorize('User:alice', HOST, Op.DESCRIBE, 2, 'orders'),
      false,
    );
    const configs = authorizer([acl({ operation: Op.ALTER_CONFIGS })]);
    assert.equal(configs.authorize('User:alice', HOST, Op.DESCRIBE_CONFIGS, 2, 'orders'), true);
    // DESCRIBE does not imply READ, and a DENY of READ does not deny DESCRIBE.
    assert.equal(
      authorizer([acl({ operation: Op.DESCRIBE })]).authorize('User:alice', HOST, Op.READ, 2, 'orders'),
      false,
    );
    const denyRead = authorizer([
      acl({ operation: Op.READ, permissionType: AclPermission.DENY }),
      acl({ operation: Op.DESCRIBE }),
    ]);
    assert.equal(denyRead.authorize('User:alice', HOST, Op.DESCRIBE, 2, 'orders'), true);
  });

  it('ALL allows every operation; a DENY wins over any ALLOW, wherever it comes from', () => {
    const a = authorizer([
      acl({ resourceName: '*', operation: Op.ALL }),
      acl({ resourceName: 'secret', patternType: PatternType.PREFIXED, permissionType: AclPermission.DENY }),
      acl({
        resourceName: 'public',
        principal: 'User:*',
        operation: Op.ALL,
        permissionType: AclPermission.DENY,
        host: HOST,
      }),
    ]);
    assert.equal(a.authorize('User:alice', HOST, Op.ALTER, ResourceType.TOPIC, 'orders'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'secret-plans'), false);
    assert.equal(a.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'secret-plans'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'public'), false);
    assert.equal(a.authorize('User:alice', '10.9.9.9', Op.WRITE, ResourceType.TOPIC, 'public'), true);
  });

  it('super users are allowed everything, even against a DENY', () => {
    const a = authorizer([acl({ principal: 'User:admin', operation: Op.ALL, permissionType: AclPermission.DENY })], {
      superUsers: parseSuperUsers('User:admin; User:ops'),
    });
    assert.equal(a.authorize('User:admin', HOST, Op.READ, ResourceType.TOPIC, 'orders'), true);
    assert.equal(a.authorize('User:ops', HOST, Op.ALTER, ResourceType.CLUSTER, CLUSTER_NAME), true);
    assert.equal(a.authorize('User:alice', HOST, Op.ALTER, ResourceType.CLUSTER, CLUSTER_NAME), false);
  });

  it('allow.everyone.if.no.acl.found opens only resources no binding covers', () => {
    const a = authorizer([acl({ principal: 'User:bob' })], { allowEveryone: true });
    assert.equal(a.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'free'), true);
    assert.equal(a.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'orders'), false);
    assert.equal(authorizer([]).authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'free'), false);
  });

  it('authorizeByResourceType: an ALLOW on some topic, unless a DENY covers every name', () => {
    const write = acl({ operation: Op.WRITE, resourceName: 'orders' });
    assert.equal(authorizer([write]).authorizeByResourceType('User:alice', HOST, Op.WRITE, ResourceType.TOPIC), true);
    assert.equal(authorizer([write]).authorizeByResourceType('User:bob', HOST, Op.WRITE, ResourceType.TOPIC), false);
    const deniedAll = authorizer([
      write,
      acl({ operation: Op.WRITE, resourceName: '*', permissionType: AclPermission.DENY }),
    ]);
    assert.equal(deniedAll.authorizeByResourceType('User:alice', HOST, Op.WRITE, ResourceType.TOPIC), false);
    const deniedSame = authorizer([write, acl({ operation: Op.WRITE, permissionType: AclPermission.DENY })]);
    assert.equal(deniedSame.authorizeByResourceType('User:alice', HOST, Op.WRITE, ResourceType.TOPIC), false);
  });

  it("authorized operations as the 32-bit field of the type's supported operations", () => {
    const a = authorizer([acl({ operation: Op.WRITE })]);
    assert.equal(
      a.authorizedOperations('User:alice', HOST, ResourceType.TOPIC, 'orders'),
      (1 << Op.WRITE) | (1 << Op.DESCRIBE),
    );
    assert.equal(a.authorizedOperations('User:bob', HOST, ResourceType.TOPIC, 'orders'), 0);
  });

  it('filters: ANY, MATCH (what applies to a name), exact pattern types', () => {
    const literal = acl({});
    const prefixed = acl({ resourceName: 'ord', patternType: PatternType.PREFIXED });
    const wildcard = acl({ resourceName: '*' });
    const any = {
      resourceType: ResourceType.ANY,
      resourceName: null,
      patternType: PatternType.ANY,
      principal: null,
      host: null,
      operation: Op.ANY,
      permissionType: AclPermission.ANY,
    };
    for (const b of [literal, prefixed, wildcard]) assert.equal(filterMatches(any, b), true);
    const match = { ...any, resourceName: 'orders', patternType: PatternType.MATCH };
    assert.deepEqual(
      [literal, prefixed, wildcard].map((b) => filterMatches(match, b)),
      [true, true, true],
    );
    assert.equal(filterMatches({ ...match, resourceName: 'other' }, prefixed), false);
    const exact = { ...any, resourceName: 'ord', patternType: PatternType.PREFIXED };
    assert.deepEqual(
      [literal, prefixed, wildcard].map((b) => filterMatches(exact, b)),
      [false, true, false],
    );
    assert.equal(filterMatches({ ...any, principal: 'User:bob' }, literal), false);
  });

  it('refuses bindings Kafka refuses', () => {
    assert.equal(invalidBindingReason(acl({})), null);
    assert.match(invalidBindingReason(acl({ resourceType: ResourceType.ANY }))!, /resource type/);
    assert.match(invalidBindingReason(acl({ patternType: PatternType.MATCH }))!, /pattern type/);
    assert.match(invalidBindingReason(acl({ operation: Op.ANY }))!, /operation/);
    assert.match(
      invalidBindingReason(acl({ resourceType: ResourceType.CLUSTER, resourceName: 'x' }))!,
      /kafka-cluster/,
    );
    assert.match(invalidBindingReason(acl({ principal: 'alice' }))!, /principal/);
  });

  it('the file store keeps bindings across restarts and deletes what filters match', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brook-acls-'));
    try {
      const options = { superUsers: [], allowEveryoneIfNoAclFound: false };
      const first = new Authorizer(new FileAclStore(dir), options);
      first.create([acl({}), acl({ operation: Op.WRITE }), acl({})]);
      const again = new Authorizer(new FileAclStore(dir), options);
      assert.equal(again.store.all().length, 2);
      assert.equal(again.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'orders'), true);
      const [deleted] = await again.delete([
        {
          resourceType: ResourceType.TOPIC,
          resourceName: 'orders',
          patternType: PatternType.LITERAL,
          principal: null,
          host: null,
          operation: Op.WRITE,
          permissionType: AclPermission.ANY,
        },
      ]);
      assert.equal(deleted!.length, 1);
      const third = new Authorizer(new FileAclStore(dir), options);
      assert.equal(third.authorize('User:alice', HOST, Op.WRITE, ResourceType.TOPIC, 'orders'), false);
      assert.equal(third.authorize('User:alice', HOST, Op.READ, ResourceType.TOPIC, 'orders'), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
