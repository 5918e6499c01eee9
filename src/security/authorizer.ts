import {
  type AclBinding,
  type AclBindingFilter,
  AclOperation,
  AclPermission,
  filterMatches,
  PatternType,
  ResourceType,
  SUPPORTED_OPERATIONS,
  WILDCARD,
  WILDCARD_PRINCIPAL,
} from './acl';
import type { AclStore } from './acl-store';

/** The names `authorizer.class.name` accepts for Brook's authorizer: Kafka's class names and a short one. */
export const AUTHORIZER_NAMES = new Set([
  'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
  'kafka.security.authorizer.AclAuthorizer',
  'standard',
]);

export interface AuthorizerOptions {
  /** `super.users`: principals allowed everything (`User:admin;User:ops`). */
  superUsers: readonly string[];
  /** `allow.everyone.if.no.acl.found`: a resource with no ACL at all is open to everyone. */
  allowEveryoneIfNoAclFound: boolean;
}

/** What an ALLOW of an operation also allows (Kafka: DESCRIBE by READ/WRITE/DELETE/ALTER, DESCRIBE_CONFIGS by ALTER_CONFIGS). */
const IMPLIED_BY: Readonly<Record<number, readonly number[]>> = {
  [AclOperation.DESCRIBE]: [AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER],
  [AclOperation.DESCRIBE_CONFIGS]: [AclOperation.ALTER_CONFIGS],
};

/**
 * Kafka's StandardAuthorizer decision (StandardAuthorizerData.authorize) over the bindings of an `AclStore`:
 * super users are allowed everything; otherwise the bindings whose pattern covers the resource (literal same
 * name, literal `*`, prefixed patterns the name starts with) are looked at: a DENY for the principal (or
 * `User:*`), host (or `*`) and operation (or ALL) wins; else an ALLOW (of the operation, ALL, or one implying
 * it) allows; else denied, unless no binding covers the resource at all and `allow.everyone.if.no.acl.found`.
 * Bindings are indexed by resource type so a check scans only its type's bindings.
 */
export class Authorizer {
  private readonly superUsers: Set<string>;
  private indexed = new Map<number, AclBinding[]>();
  private indexedGeneration: number | undefined;

  constructor(
    readonly store: AclStore,
    private readonly options: AuthorizerOptions,
  ) {
    this.superUsers = new Set(options.superUsers);
    this.reindex();
  }

  /** Is `principal` connecting from `host` allowed `operation` on the resource? */
  authorize(principal: string, host: string, operation: number, resourceType: number, resourceName: string): boolean {
    if (this.superUsers.has(principal)) return true;
    let covered = false;
    let allowed = false;
    for (const b of this.byType().get(resourceType) ?? []) {
      if (!patternCovers(b, resourceName)) continue;
      covered = true;
      if (b.principal !== principal && b.principal !== WILDCARD_PRINCIPAL) continue;
      if (b.host !== host && b.host !== WILDCARD) continue;
      if (b.permissionType === AclPermission.DENY) {
        if (b.operation === operation || b.operation === AclOperation.ALL) return false;
      } else if (
        b.operation === operation ||
        b.operation === AclOperation.ALL ||
        IMPLIED_BY[operation]?.includes(b.operation)
      ) {
        allowed = true;
      }
    }
    return allowed || (!covered && this.options.allowEveryoneIfNoAclFound);
  }

  /**
   * Kafka's Authorizer.authorizeByResourceType: may the principal do `operation` on at least one resource of the
   * type? True for super users, when an ALLOW pattern exists that no DENY pattern covers (a DENY on literal `*` or
   * on a prefix of it), or when the type has no binding at all and allow.everyone.if.no.acl.found.
   */
  authorizeByResourceType(principal: string, host: string, operation: number, resourceType: number): boolean {
    if (this.superUsers.has(principal)) return true;
    const applies = (b: AclBinding) =>
      (b.principal === principal || b.principal === WILDCARD_PRINCIPAL) &&
      (b.host === host || b.host === WILDCARD) &&
      (b.operation === operation || b.operation === AclOperation.ALL);
    const bindings = this.byType().get(resourceType) ?? [];
    const denies = bindings.filter((b) => b.permissionType === AclPermission.DENY && applies(b));
    if (denies.some((d) => d.patternType === PatternType.LITERAL && d.resourceName === WILDCARD)) return false;
    if (denies.some((d) => d.patternType === PatternType.PREFIXED && d.resourceName === '')) return false;
    const deniedPattern = (a: AclBinding) =>
      denies.some(
        (d) =>
          (d.patternType === PatternType.PREFIXED && a.resourceName.startsWith(d.resourceName)) ||
          (d.patternType === a.patternType && d.resourceName === a.resourceName),
      );
    for (const a of bindings) {
      if (a.permissionType === AclPermission.ALLOW && applies(a) && !deniedPattern(a)) return true;
    }
    return bindings.length === 0 && this.options.allowEveryoneIfNoAclFound;
  }

  /** The operations of the resource's type the principal may do, as Kafka's 32-bit field (bit = operation code). */
  authorizedOperations(principal: string, host: string, resourceType: number, resourceName: string): number {
    let bits = 0;
    for (const op of SUPPORTED_OPERATIONS[resourceType] ?? []) {
      if (this.authorize(principal, host, op, resourceType, resourceName)) bits |= 1 << op;
    }
    return bits;
  }

  describe(filter: AclBindingFilter): AclBinding[] {
    return this.store.all().filter((b) => filterMatches(filter, b));
  }

  /**
   * Adds bindings (CreateAcls); existing ones are kept once. In effect on return, or once the promise resolves
   * for a store that writes through the metadata log.
   */
  create(bindings: AclBinding[]): void | Promise<void> {
    const applied = this.store.apply(bindings, []);
    if (applied) return applied.then(() => this.reindex());
    this.reindex();
  }

  /** Removes every binding each filter matches (DeleteAcls); the matches per filter, in order. */
  delete(filters: AclBindingFilter[]): AclBinding[][] | Promise<AclBinding[][]> {
    const matches = filters.map((f) => this.describe(f));
    const applied = this.store.apply([], matches.flat());
    if (applied) {
      return applied.then(() => {
        this.reindex();
        return matches;
      });
    }
    this.reindex();
    return matches;
  }

  /** The bindings by resource type, indexed again when the store says they changed elsewhere. */
  private byType(): Map<number, AclBinding[]> {
    if (this.store.generation !== this.indexedGeneration) this.reindex();
    return this.indexed;
  }

  private reindex(): void {
    const byType = new Map<number, AclBinding[]>();
    for (const b of this.store.all()) {
      const list = byType.get(b.resourceType) ?? [];
      list.push(b);
      byType.set(b.resourceType, list);
    }
    this.indexed = byType;
    this.indexedGeneration = this.store.generation;
  }
}

function patternCovers(b: AclBinding, resourceName: string): boolean {
  if (b.patternType === PatternType.LITERAL) return b.resourceName === resourceName || b.resourceName === WILDCARD;
  return b.patternType === PatternType.PREFIXED && resourceName.startsWith(b.resourceName);
}

/** `super.users` as Kafka parses it: principals separated by `;`. */
export function parseSuperUsers(value: string | null): string[] {
  return (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export { ResourceType };
