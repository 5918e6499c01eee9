/**
 * `brook acl list|create|delete`: what kafka-acls does (--list, --add, --remove), with its options: principals
 * with --allow-principal / --deny-principal (and --allow-host / --deny-host, default `*`), --operation
 * (repeatable, default ALL), the resources (--topic, --group, --cluster, --transactional-id,
 * --delegation-token, --user-principal; repeatable) and --resource-pattern-type. Listing and deleting take
 * filters: no resource means every resource, --principal narrows to one principal, the pattern type defaults
 * to LITERAL for create and ANY for list and delete (MATCH: every binding that applies to the named resource).
 */
import type { CreateAclsResponse } from '../../protocol/generated/create-acls';
import type { DeleteAclsResponse } from '../../protocol/generated/delete-acls';
import type { DescribeAclsResponse } from '../../protocol/generated/describe-acls';
import {
  type AclBinding,
  type AclBindingFilter,
  AclOperation,
  AclPermission,
  CLUSTER_NAME,
  operationName,
  PatternType,
  patternTypeName,
  permissionName,
  ResourceType,
  resourceTypeName,
} from '../security/acl';
import {
  COMMON_OPTIONS_HELP,
  parseCommand,
  type Parsed,
  printJson,
  runCommand,
  str,
  strs,
  table,
  UsageError,
  usageExit,
  flag,
} from './client/options';
import { clientSecurity, SECURITY_OPTIONS, SECURITY_OPTIONS_HELP } from './client/login';
import { API, check, type Session, withSession } from './client/session';

export const ACL_USAGE = `Usage: brook acl <action> [options]     (kafka-acls --list / --add / --remove)

  brook acl list   [RESOURCE...] [--principal P] [--resource-pattern-type ANY|MATCH|LITERAL|PREFIXED]
  brook acl create RESOURCE... (--allow-principal P | --deny-principal P)... [--operation OP]... [HOSTS]
  brook acl delete [RESOURCE...] [--allow-principal P | --deny-principal P | --principal P]... [--operation OP]...

RESOURCE (repeatable): --topic NAME | --group NAME | --cluster | --transactional-id ID
  | --delegation-token ID | --user-principal USER       (NAME * = every resource of the type)
  --resource-pattern-type T  LITERAL (create's default), PREFIXED, ANY (list/delete default), MATCH
  --operation OP             ALL (create's default), READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE,
                             CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE, ...
  --allow-host H, --deny-host H   hosts for the allow / deny principals (default *)

The broker needs an authorizer (authorizer.class.name); the caller needs ALTER (create, delete) or
DESCRIBE (list) on the cluster, or to be a super user.

${SECURITY_OPTIONS_HELP}
${COMMON_OPTIONS_HELP}`;

const OPTIONS = {
  topic: { type: 'string', multiple: true },
  group: { type: 'string', multiple: true },
  cluster: { type: 'boolean' },
  'transactional-id': { type: 'string', multiple: true },
  'delegation-token': { type: 'string', multiple: true },
  'user-principal': { type: 'string', multiple: true },
  'resource-pattern-type': { type: 'string' },
  'allow-principal': { type: 'string', multiple: true },
  'deny-principal': { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  'deny-host': { type: 'string', multiple: true },
  principal: { type: 'string', multiple: true },
  operation: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  ...SECURITY_OPTIONS,
} as const;

export function aclCommand(argv: string[]): Promise<number> {
  return runCommand('acl', ACL_USAGE, async () => {
    const parsed = parseCommand(argv, OPTIONS);
    const [action] = parsed.positionals;
    const exit = usageExit(parsed, ACL_USAGE, action);
    if (exit !== null) return exit;
    switch (action) {
      case 'list':
      case 'ls':
        return withSession(parsed.bootstrap, (s) => list(s, parsed), clientSecurity(parsed));
      case 'create':
      case 'add':
        return withSession(parsed.bootstrap, (s) => create(s, parsed), clientSecurity(parsed));
      case 'delete':
      case 'remove':
        return withSession(parsed.bootstrap, (s) => remove(s, parsed), clientSecurity(parsed));
      default:
        throw new UsageError(`unknown action "${action}"`);
    }
  });
}

function code<T extends Record<string, number>>(table: T, value: string, what: string): number {
  const key = value.toUpperCase().replace(/-/g, '_');
  if (!(key in table)) throw new UsageError(`unknown ${what} "${value}" (one of ${Object.keys(table).join(', ')})`);
  return table[key]!;
}

/** The resources named on the command line as (type, name) pairs. */
function resources(parsed: Parsed): [number, string][] {
  const out: [number, string][] = [];
  for (const t of strs(parsed, 'topic')) out.push([ResourceType.TOPIC, t]);
  for (const g of strs(parsed, 'group')) out.push([ResourceType.GROUP, g]);
  if (flag(parsed, 'cluster')) out.push([ResourceType.CLUSTER, CLUSTER_NAME]);
  for (const t of strs(parsed, 'transactional-id')) out.push([ResourceType.TRANSACTIONAL_ID, t]);
  for (const d of strs(parsed, 'delegation-token')) out.push([ResourceType.DELEGATION_TOKEN, d]);
  for (const u of strs(parsed, 'user-principal')) out.push([ResourceType.USER, u]);
  return out;
}

function patternType(parsed: Parsed, fallback: number): number {
  const given = str(parsed, 'resource-pattern-type');
  return given === undefined ? fallback : code(PatternType, given, 'resource pattern type');
}

function operations(parsed: Parsed, fallback: number): number[] {
  const given = strs(parsed, 'operation');
  return given.length === 0 ? [fallback] : given.map((o) => code(AclOperation, o, 'operation'));
}

/** (principal, host, permission) triples from --allow-principal / --deny-principal with their hosts. */
function principals(parsed: Parsed): [string, string, number][] {
  const out: [string, string, number][] = [];
  const hosts = (name: string) => (strs(parsed, name).length > 0 ? strs(parsed, name) : ['*']);
  for (const p of strs(parsed, 'allow-principal'))
    for (const h of hosts('allow-host')) out.push([p, h, AclPermission.ALLOW]);
  for (const p of strs(parsed, 'deny-principal'))
    for (const h of hosts('deny-host')) out.push([p, h, AclPermission.DENY]);
  return out;
}

async function create(session: Session, parsed: Parsed): Promise<number> {
  const targets = resources(parsed);
  if (targets.length === 0)
    throw new UsageError('acl create: a resource is required (--topic, --group, --cluster, ...)');
  const who = principals(parsed);
  if (who.length === 0) throw new UsageError('acl create: --allow-principal or --deny-principal is required');
  const pattern = patternType(parsed, PatternType.LITERAL);
  const bindings: AclBinding[] = [];
  for (const [resourceType, resourceName] of targets)
    for (const [principal, host, permissionType] of who)
      for (const operation of operations(parsed, AclOperation.ALL))
        bindings.push({ resourceType, resourceName, patternType: pattern, principal, host, operation, permissionType });
  const response = await session.send<CreateAclsResponse>(API.CreateAcls, {
    creations: bindings.map((b) => ({ ...b, resourcePatternType: b.patternType })),
  });
  for (const [i, r] of response.results.entries()) {
    check(r.errorCode, `create ACL ${describeBinding(bindings[i]!)}`, r.errorMessage);
  }
  if (parsed.json) printJson(bindings.map(readable));
  else
    process.stdout.write(
      `Created ${bindings.length} ACL${bindings.length === 1 ? '' : 's'}:\n${formatBindings(bindings)}\n`,
    );
  return 0;
}

/** The filters of list / delete: one per resource named (or any resource) x principal x operation. */
function filters(parsed: Parsed): AclBindingFilter[] {
  const targets: [number, string | null][] = resources(parsed);
  if (targets.length === 0) targets.push([ResourceType.ANY, null]);
  const pattern = patternType(parsed, PatternType.ANY);
  const who: [string | null, string | null, number][] = principals(parsed).map(([p, h, perm]) => [
    p,
    strs(parsed, perm === AclPermission.ALLOW ? 'allow-host' : 'deny-host').length > 0 ? h : null,
    perm,
  ]);
  for (const p of strs(parsed, 'principal')) who.push([p, null, AclPermission.ANY]);
  if (who.length === 0) who.push([null, null, AclPermission.ANY]);
  const out: AclBindingFilter[] = [];
  for (const [resourceType, resourceName] of targets)
    for (const [principal, host, permissionType] of who)
      for (const operation of operations(parsed, AclOperation.ANY))
        out.push({ resourceType, resourceName, patternType: pattern, principal, host, operation, permissionType });
  return out;
}

async function list(session: Session, parsed: Parsed): Promise<number> {
  const found: AclBinding[] = [];
  for (const f of filters(parsed)) {
    const response = await session.send<DescribeAclsResponse>(API.DescribeAcls, {
      resourceTypeFilter: f.resourceType,
      resourceNameFilter: f.resourceName,
      patternTypeFilter: f.patternType,
      principalFilter: f.principal,
      hostFilter: f.host,
      operation: f.operation,
      permissionType: f.permissionType,
    });
    check(response.errorCode, 'list ACLs', response.errorMessage);
    for (const r of response.resources)
      for (const a of r.acls)
        found.push({ resourceType: r.resourceType, resourceName: r.resourceName, patternType: r.patternType, ...a });
  }
  if (parsed.json) printJson(found.map(readable));
  else process.stdout.write(found.length === 0 ? 'No ACLs.\n' : `${formatBindings(found)}\n`);
  return 0;
}

async function remove(session: Session, parsed: Parsed): Promise<number> {
  const wanted = filters(parsed);
  const response = await session.send<DeleteAclsResponse>(API.DeleteAcls, {
    filters: wanted.map((f) => ({
      resourceTypeFilter: f.resourceType,
      resourceNameFilter: f.resourceName,
      patternTypeFilter: f.patternType,
      principalFilter: f.principal,
      hostFilter: f.host,
      operation: f.operation,
      permissionType: f.permissionType,
    })),
  });
  const removed: AclBinding[] = [];
  for (const r of response.filterResults) {
    check(r.errorCode, 'delete ACLs', r.errorMessage);
    for (const m of r.matchingAcls) {
      check(m.errorCode, 'delete ACL', m.errorMessage);
      const { errorCode: _e, errorMessage: _m, ...binding } = m;
      removed.push(binding);
    }
  }
  if (parsed.json) printJson(removed.map(readable));
  else
    process.stdout.write(
      `Deleted ${removed.length} ACL${removed.length === 1 ? '' : 's'}${removed.length ? `:\n${formatBindings(removed)}` : '.'}\n`,
    );
  return 0;
}

const readable = (b: AclBinding) => ({
  resourceType: resourceTypeName(b.resourceType),
  resourceName: b.resourceName,
  patternType: patternTypeName(b.patternType),
  principal: b.principal,
  host: b.host,
  operation: operationName(b.operation),
  permissionType: permissionName(b.permissionType),
});

const describeBinding = (b: AclBinding) => {
  const r = readable(b);
  return `${r.permissionType} ${r.principal} ${r.operation} on ${r.resourceType}:${r.patternType}:${r.resourceName} from ${r.host}`;
};

function formatBindings(bindings: AclBinding[]): string {
  return table(
    ['RESOURCE-TYPE', 'NAME', 'PATTERN', 'PRINCIPAL', 'HOST', 'OPERATION', 'PERMISSION'],
    bindings
      .map(readable)
      .map((r) => [r.resourceType, r.resourceName, r.patternType, r.principal, r.host, r.operation, r.permissionType]),
  );
}
