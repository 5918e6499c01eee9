import { ErrorCode } from '../errors';
import { ClientQuotaManager } from './client-quota-manager';
import type { ClientQuotaStore, QuotaChange, QuotaEntry } from './client-quota-store';
import {
  CONSUMER_BYTE_RATE,
  checkEntity,
  checkQuotaValue,
  entityKey,
  filterMatches,
  PRODUCER_BYTE_RATE,
  type QuotaEntity,
  type QuotaFilter,
  REQUEST_PERCENTAGE,
} from './quota-entity';
import type { RateWindow } from './sampled-rate';

/** One entry of an AlterClientQuotas request. */
export interface QuotaAlteration {
  entity: readonly { entityType: string; entityName: string | null }[];
  ops: readonly { key: string; value: number; remove: boolean }[];
}

export interface AlterationResult {
  entity: QuotaEntity;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/**
 * The broker's client quotas: the durable entities (a `ClientQuotaStore`) and one manager per quota type Kafka
 * enforces on clients: produce bytes (`producer_byte_rate`, request sizes), fetch bytes (`consumer_byte_rate`,
 * response sizes) and request time (`request_percentage`, percent of one second per second).
 */
export class ClientQuotas {
  private readonly produceManager: ClientQuotaManager;
  private readonly fetchManager: ClientQuotaManager;
  private readonly requestManager: ClientQuotaManager;
  private loadedGeneration: number | undefined;

  constructor(
    private readonly store: ClientQuotaStore,
    window: RateWindow,
  ) {
    this.produceManager = new ClientQuotaManager(PRODUCER_BYTE_RATE, window);
    this.fetchManager = new ClientQuotaManager(CONSUMER_BYTE_RATE, window);
    this.requestManager = new ClientQuotaManager(REQUEST_PERCENTAGE, window, window.windowMs);
    this.reload();
  }

  /** Produce bytes (`producer_byte_rate`, request sizes). */
  get produce(): ClientQuotaManager {
    this.reloadIfChanged();
    return this.produceManager;
  }

  /** Fetch bytes (`consumer_byte_rate`, response sizes). */
  get fetch(): ClientQuotaManager {
    this.reloadIfChanged();
    return this.fetchManager;
  }

  /** Request time (`request_percentage`). */
  get request(): ClientQuotaManager {
    this.reloadIfChanged();
    return this.requestManager;
  }

  /** Every entity with quotas. */
  entries(): readonly QuotaEntry[] {
    return this.store.entries();
  }

  /** DescribeClientQuotas: the entities the filter matches, with their values. */
  describe(filter: QuotaFilter): QuotaEntry[] {
    return this.store.entries().filter((e) => filterMatches(e.entity, filter));
  }

  /**
   * AlterClientQuotas as Kafka's ClientQuotaControlManager: each entity checked on its own (types, names, keys,
   * values), the valid ones applied together and durably unless `validateOnly`; a value unchanged writes nothing.
   */
  async alter(alterations: readonly QuotaAlteration[], validateOnly: boolean): Promise<AlterationResult[]> {
    const results = new Map<string, AlterationResult>();
    const changes: QuotaChange[] = [];
    const current = new Map(this.store.entries().map((e) => [entityKey(e.entity), e.values]));
    for (const alteration of alterations) {
      const named: Record<string, string | null> = {};
      for (const e of alteration.entity) named[e.entityType] = e.entityName;
      const key = entityKey(named);
      const ops = new Map<string, number | null>();
      let failed: string | null = null;
      for (const op of alteration.ops) {
        if (ops.has(op.key)) {
          failed = `Duplicate quota key ${op.key} not updating quota for this entity ${javaEntity(named)}`;
        } else ops.set(op.key, op.remove ? null : op.value);
      }
      if (failed !== null) results.set(key, invalid(named, failed));
      if (results.has(key)) {
        results.set(key, invalid(named, `Ignoring duplicate entity ${javaEntity(named)}`));
        continue;
      }
      const checked = checkEntity(alteration.entity);
      if (!checked.ok) {
        results.set(key, { entity: named, errorCode: checked.errorCode, errorMessage: checked.message });
        continue;
      }
      const values = current.get(key) ?? {};
      const entityChanges: QuotaChange[] = [];
      let refusal: AlterationResult | null = null;
      for (const [quotaKey, value] of ops) {
        if (value === null) {
          if (quotaKey in values) entityChanges.push({ entity: checked.entity, key: quotaKey, value: null });
          continue;
        }
        const valueCheck = checkQuotaValue(checked.keys, quotaKey, value);
        if (!valueCheck.ok) {
          refusal = { entity: named, errorCode: valueCheck.errorCode, errorMessage: valueCheck.message };
          break;
        }
        if (values[quotaKey] !== value) entityChanges.push({ entity: checked.entity, key: quotaKey, value });
      }
      if (refusal) {
        results.set(key, refusal);
        continue;
      }
      changes.push(...entityChanges);
      results.set(key, { entity: named, errorCode: ErrorCode.None, errorMessage: null });
    }
    if (!validateOnly && changes.length > 0) {
      await this.store.apply(changes);
      this.reload();
    }
    return [...results.values()];
  }

  /** A cluster's metadata log brought other quotas: the managers load them (their measured rates stay). */
  private reloadIfChanged(): void {
    if (this.store.generation !== this.loadedGeneration) this.reload();
  }

  private reload(): void {
    const entries = this.store.entries();
    this.produceManager.load(entries);
    this.fetchManager.load(entries);
    this.requestManager.load(entries);
    this.loadedGeneration = this.store.generation;
  }
}

function invalid(entity: QuotaEntity, message: string): AlterationResult {
  return { entity, errorCode: ErrorCode.InvalidRequest, errorMessage: message };
}

/** ClientQuotaEntity.toString, as Kafka's messages name an entity. */
function javaEntity(entity: QuotaEntity): string {
  const entries = Object.entries(entity).map(([type, name]) => `${type}=${name}`);
  return `ClientQuotaEntity(entries={${entries.join(', ')}})`;
}
