import type { AclImage } from '../../replication/metadata/image';
/**
 * Kafka's ACL model (org.apache.kafka.common.acl / resource): the wire codes of resource types, pattern types,
 * operations and permission types, an ACL binding, a binding filter and how a filter matches a binding
 * (AclBindingFilter.matches). No I/O: the store and the authorizer build on this.
 */

export const ResourceType = {
  UNKNOWN: 0,
  ANY: 1,
  TOPIC: 2,
  GROUP: 3,
  CLUSTER: 4,
  TRANSACTIONAL_ID: 5,
  DELEGATION_TOKEN: 6,
  USER: 7,
} as const;

export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;

export const AclOperation = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
  CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14,
  TWO_PHASE_COMMIT: 15,
} as const;

export const AclPermission = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

/** The only name a CLUSTER resource has (Kafka's Resource.CLUSTER_NAME). */
export const CLUSTER_NAME = 'kafka-cluster';
/** A LITERAL resource name, principal or host matching every one (ResourcePattern.WILDCARD_RESOURCE). */
export const WILDCARD = '*';
export const WILDCARD_PRINCIPAL = 'User:*';

/** One ACL binding: the shape a KRaft cluster's metadata image keeps (AccessControlEntryRecord less its id). */
export type AclBinding = AclImage;

/** An AclBindingFilter: null strings and ANY codes match everything; pattern MATCH as Kafka defines it. */
export interface AclBindingFilter {
  resourceType: number;
  resourceName: string | null;
  patternType: number;
  principal: string | null;
  host: string | null;
  operation: number;
  permissionType: number;
}

const name = (table: Record<string, number>, code: number): string =>
  Object.entries(table).find(([, c]) => c === code)?.[0] ?? `UNKNOWN(${code})`;

export const resourceTypeName = (code: number): string => name(ResourceType, code);
export const patternTypeName = (code: number): string => name(PatternType, code);
export const operationName = (code: number): string => name(AclOperation, code);
export const permissionName = (code: number): string => name(AclPermission, code);

/** The operations each resource type supports (AclEntry.supportedOperations), for authorized-operation bit fields. */
export const SUPPORTED_OPERATIONS: Readonly<Record<number, readonly number[]>> = {
  [ResourceType.TOPIC]: [3, 4, 5, 6, 7, 8, 10, 11],
  [ResourceType.GROUP]: [3, 8, 6, 10, 11],
  [ResourceType.CLUSTER]: [5, 9, 10, 11, 12, 7, 8],
  [ResourceType.TRANSACTIONAL_ID]: [8, 4],
  [ResourceType.DELEGATION_TOKEN]: [8],
  [ResourceType.USER]: [13, 14],
};

/**
 * Why a binding cannot be created (CreateAcls), with Kafka's messages, or null when it is fine: concrete
 * codes only (no ANY / MATCH / UNKNOWN), a CLUSTER resource named kafka-cluster, a principal `Type:name`.
 */
export function invalidBindingReason(b: AclBinding): string | null {
  if (!SUPPORTED_OPERATIONS[b.resourceType]) return `Invalid resource type ${resourceTypeName(b.resourceType)}`;
  if (b.patternType !== PatternType.LITERAL && b.patternType !== PatternType.PREFIXED)
    return `Invalid pattern type ${patternTypeName(b.patternType)}`;
  if (b.operation < AclOperation.ALL || b.operation > AclOperation.TWO_PHASE_COMMIT)
    return `Invalid operation ${operationName(b.operation)}`;
  if (b.permissionType !== AclPermission.ALLOW && b.permissionType !== AclPermission.DENY)
    return `Invalid permission type ${permissionName(b.permissionType)}`;
  if (b.resourceName === '') return 'Resource name should not be empty';
  if (b.resourceType === ResourceType.CLUSTER && b.resourceName !== CLUSTER_NAME)
    return 'The only valid name for the CLUSTER resource is kafka-cluster';
  if (b.resourceType === ResourceType.CLUSTER && b.patternType !== PatternType.LITERAL)
    return 'Only LITERAL patterns are valid for the CLUSTER resource';
  if (!/^[^:]+:.*$/.test(b.principal))
    return `Could not parse principal from \`${b.principal}\` (no colon is present separating the principal type from the principal name)`;
  if (b.host === '') return 'Host should not be empty';
  return null;
}

/** Does `filter` (DescribeAcls / DeleteAcls) match `b`? AclBindingFilter.matches with ResourcePatternFilter rules. */
export function filterMatches(filter: AclBindingFilter, b: AclBinding): boolean {
  if (filter.resourceType !== ResourceType.ANY && filter.resourceType !== b.resourceType) return false;
  if (!patternFilterMatches(filter, b)) return false;
  if (filter.principal !== null && filter.principal !== b.principal) return false;
  if (filter.host !== null && filter.host !== b.host) return false;
  if (filter.operation !== AclOperation.ANY && filter.operation !== b.operation) return false;
  if (filter.permissionType !== AclPermission.ANY && filter.permissionType !== b.permissionType) return false;
  return true;
}

function patternFilterMatches(filter: AclBindingFilter, b: AclBinding): boolean {
  if (filter.patternType === PatternType.MATCH) {
    // MATCH: the bindings that would apply to a resource of that name: literal same name, the literal
    // wildcard, prefixed patterns the name starts with (ResourcePatternFilter.matches).
    if (filter.resourceName === null) return true;
    if (b.patternType === PatternType.LITERAL)
      return b.resourceName === filter.resourceName || b.resourceName === WILDCARD;
    if (b.patternType === PatternType.PREFIXED) return filter.resourceName.startsWith(b.resourceName);
    return false;
  }
  if (filter.patternType !== PatternType.ANY && filter.patternType !== b.patternType) return false;
  return filter.resourceName === null || filter.resourceName === b.resourceName;
}

/** Why a filter is unusable (DescribeAcls / DeleteAcls get INVALID_REQUEST), or null. */
export function invalidFilterReason(f: AclBindingFilter): string | null {
  if (f.resourceType === ResourceType.UNKNOWN) return 'Resource type UNKNOWN is not a valid filter';
  if (f.patternType === PatternType.UNKNOWN) return 'Pattern type UNKNOWN is not a valid filter';
  if (f.operation === AclOperation.UNKNOWN) return 'Operation UNKNOWN is not a valid filter';
  if (f.permissionType === AclPermission.UNKNOWN) return 'Permission type UNKNOWN is not a valid filter';
  return null;
}

export const bindingKey = (b: AclBinding): string =>
  JSON.stringify([b.resourceType, b.resourceName, b.patternType, b.principal, b.host, b.operation, b.permissionType]);
