import { clientQuotaEntityKey } from '../../replication/metadata/image';
import { isIP } from 'node:net';
import { ErrorCode } from '../errors';

/**
 * Client quota entities and keys as Kafka's ClientQuotaEntity and QuotaConfig name them: an entity maps entity types
 * (`user`, `client-id`, `ip`) to a name, or to null for the type's default (`--entity-default`).
 */
export type QuotaEntity = Readonly<Record<string, string | null>>;

export const USER = 'user';
export const CLIENT_ID = 'client-id';
export const IP = 'ip';

export const PRODUCER_BYTE_RATE = 'producer_byte_rate';
export const CONSUMER_BYTE_RATE = 'consumer_byte_rate';
export const REQUEST_PERCENTAGE = 'request_percentage';
export const CONTROLLER_MUTATION_RATE = 'controller_mutation_rate';
export const CONNECTION_CREATION_RATE = 'connection_creation_rate';

type KeyType = 'long' | 'int' | 'double';

/** QuotaConfig.userAndClientQuotaConfigs() and ipConfigs(): the keys each kind of entity accepts, with their types. */
const USER_CLIENT_KEYS: ReadonlyMap<string, KeyType> = new Map([
  [PRODUCER_BYTE_RATE, 'long'],
  [CONSUMER_BYTE_RATE, 'long'],
  [REQUEST_PERCENTAGE, 'double'],
  [CONTROLLER_MUTATION_RATE, 'double'],
]);
const IP_KEYS: ReadonlyMap<string, KeyType> = new Map([[CONNECTION_CREATION_RATE, 'int']]);

/** One stable text per entity, whatever the order its types were listed in. */
export const entityKey: (entity: QuotaEntity) => string = clientQuotaEntityKey;

export function describeEntity(entity: QuotaEntity): string {
  return Object.entries(entity)
    .map(([type, name]) => `${type}=${name ?? '<default>'}`)
    .join(', ');
}

/** A refused entity, value or filter: Kafka's error code and message. */
export interface QuotaFailure {
  ok: false;
  errorCode: ErrorCode;
  message: string;
}
export type QuotaCheck = { ok: true } | QuotaFailure;

const OK: QuotaCheck = { ok: true };
const invalid = (message: string, errorCode = ErrorCode.InvalidRequest): QuotaFailure => ({
  ok: false,
  errorCode,
  message,
});

/**
 * ClientQuotaControlManager.validateEntity and configKeysForEntityType: known types only, no empty names, `ip`
 * alone and a valid address; returns the keys the entity accepts.
 */
export function checkEntity(
  entries: readonly { entityType: string; entityName: string | null }[],
): { ok: true; entity: QuotaEntity; keys: ReadonlyMap<string, KeyType> } | QuotaFailure {
  if (entries.length === 0) return invalid('Invalid empty client quota entity');
  const entity: Record<string, string | null> = {};
  for (const { entityType, entityName } of entries) {
    if (entityType in entity) {
      return invalid(`Invalid client quota entity, duplicate entity entry ${entityType}`);
    }
    if (entityType !== USER && entityType !== CLIENT_ID && entityType !== IP) {
      return invalid(`Unhandled client quota entity type: ${entityType}`);
    }
    if (entityName === '') return invalid(`Empty ${entityType} not supported`);
    entity[entityType] = entityName;
  }
  if (IP in entity) {
    if (USER in entity || CLIENT_ID in entity) {
      // Kafka's message, missing space included.
      return invalid('Invalid quota entity combination, IP entity shouldnot be combined with User or ClientId');
    }
    const ip = entity[IP]!;
    if (ip !== null && isIP(ip) === 0) {
      return invalid(`${ip} is not a valid IP or resolvable host.`);
    }
    return { ok: true, entity, keys: IP_KEYS };
  }
  return { ok: true, entity, keys: USER_CLIENT_KEYS };
}

/** ClientQuotaControlManager.validateQuotaKeyValue. */
export function checkQuotaValue(keys: ReadonlyMap<string, KeyType>, key: string, value: number): QuotaCheck {
  const type = keys.get(key);
  if (type === undefined) return invalid(`Invalid configuration key ${key}`);
  if (value <= 0) return invalid(`Quota ${key} must be greater than 0`);
  if (type === 'double') return OK;
  if (type === 'int' && value > 2147483647) return invalid(`Proposed value for ${key} is too large for an INT.`);
  if (type === 'long' && value > 2 ** 63) {
    return invalid(`Proposed value for ${key} is too large for a LONG.`);
  }
  if (Math.abs(value % 1) > 1e-6) return invalid(`${key} cannot be a fractional value.`);
  return OK;
}

export const MATCH_EXACT = 0;
export const MATCH_DEFAULT = 1;
export const MATCH_SPECIFIED = 2;

/** A DescribeClientQuotas filter after ClientQuotasImage.describe's checks. */
export interface QuotaFilter {
  exact: Map<string, string | null>;
  specified: Set<string>;
  strict: boolean;
}

/** ClientQuotasImage.describe's checks of the filter components, with Kafka's errors and messages. */
export function parseFilter(
  components: readonly { entityType: string; matchType: number; match: string | null }[],
  strict: boolean,
): { ok: true; filter: QuotaFilter } | QuotaFailure {
  const exact = new Map<string, string | null>();
  const specified = new Set<string>();
  const fail = invalid;
  for (const c of components) {
    if (c.entityType === '') return fail('Invalid empty entity type.');
    if (exact.has(c.entityType) || specified.has(c.entityType)) {
      return fail(`Entity type ${c.entityType} cannot appear more than once in the filter.`);
    }
    if (c.entityType !== IP && c.entityType !== USER && c.entityType !== CLIENT_ID) {
      return fail(`Unsupported entity type ${c.entityType}`, ErrorCode.UnsupportedVersion);
    }
    if (c.matchType === MATCH_EXACT) {
      if (c.match === null) return fail('Request specified MATCH_TYPE_EXACT, but set match string to null.');
      exact.set(c.entityType, c.match);
    } else if (c.matchType === MATCH_DEFAULT) {
      if (c.match !== null) return fail('Request specified MATCH_TYPE_DEFAULT, but also specified a match string.');
      exact.set(c.entityType, null);
    } else if (c.matchType === MATCH_SPECIFIED) {
      if (c.match !== null) return fail('Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.');
      specified.add(c.entityType);
    } else return fail(`Unknown match type ${c.matchType}`);
  }
  const has = (type: string) => exact.has(type) || specified.has(type);
  if (has(IP) && (has(USER) || has(CLIENT_ID))) {
    return fail(
      'Invalid entity filter component combination. IP filter component should not be used with user or clientId filter component.',
    );
  }
  return { ok: true, filter: { exact, specified, strict } };
}

/** ClientQuotasImage.matches. */
export function filterMatches(entity: QuotaEntity, filter: QuotaFilter): boolean {
  if (filter.strict && Object.keys(entity).length !== filter.exact.size + filter.specified.size) return false;
  for (const [type, name] of filter.exact) {
    if (!(type in entity) || entity[type] !== name) return false;
  }
  for (const type of filter.specified) if (!(type in entity)) return false;
  return true;
}
