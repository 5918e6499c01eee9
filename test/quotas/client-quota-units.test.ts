import assert from 'node:assert/strict';
import { ClientQuotaManager } from '../../src/quotas/client-quota-manager';
import { MemoryClientQuotaStore, type QuotaEntry } from '../../src/quotas/client-quota-store';
import { ClientQuotas } from '../../src/quotas/client-quotas';
import { MATCH_DEFAULT, MATCH_EXACT, MATCH_SPECIFIED, parseFilter } from '../../src/quotas/quota-entity';
import { SampledRate } from '../../src/quotas/sampled-rate';
import { ErrorCode } from '../../src/errors';

const WINDOW = { samples: 11, windowMs: 1000 };
const set = (entity: Record<string, string | null>, key: string, value: number) => ({
  entity: Object.entries(entity).map(([entityType, entityName]) => ({ entityType, entityName })),
  ops: [{ key, value, remove: false }],
});

describe('client quotas: Kafka semantics without a broker', () => {
  it("SampledRate measures as Kafka's Rate: at least samples-1 windows, older samples expire", () => {
    const rate = new SampledRate(WINDOW);
    rate.record(1000, 0);
    // Elapsed 0 ms counts as 10 full windows of 1 s: 1000 bytes over 10 s.
    assert.equal(rate.measure(0), 100);
    rate.record(1000, 500);
    assert.equal(rate.measure(500), 2000 / 10.5);
    // 15 s later (past 11 windows without events) everything has expired.
    assert.equal(rate.measure(15500), 0);
    // Past the minimum: the elapsed time itself (samples 0..11 s, measured at 11.5 s).
    const steady = new SampledRate(WINDOW);
    for (let t = 0; t <= 11000; t += 1000) steady.record(100, t);
    assert.equal(steady.windowSizeMs(11500), 11500 - 1000);
    assert.equal(steady.measure(11500), 1100 / 10.5);
  });

  it('a throttle time is the time the rate needs to fall back to the quota (QuotaUtils.throttleTime)', () => {
    const m = new ClientQuotaManager('producer_byte_rate', WINDOW);
    m.load([{ entity: { 'client-id': 'p' }, values: { producer_byte_rate: 100 } }]);
    assert.equal(m.recordAndGetThrottleTimeMs('ANONYMOUS', 'p', 900, 0), 0, '90 B/s is within 100');
    // 2000 bytes over 10 s = 200 B/s: (200 - 100) / 100 * 10 s.
    assert.equal(m.recordAndGetThrottleTimeMs('ANONYMOUS', 'p', 1100, 0), 10000);
    assert.equal(m.throttled, 1);
    assert.equal(m.recordAndGetThrottleTimeMs('ANONYMOUS', 'other', 5000, 0), 0, 'another client id has no quota');
    assert.equal(m.maxValueInQuotaWindow('ANONYMOUS', 'p'), 1000);
    // request_percentage throttles are bounded by one window (ClientRequestQuotaManager).
    const r = new ClientQuotaManager('request_percentage', WINDOW, 1000);
    r.load([{ entity: { user: null }, values: { request_percentage: 1 } }]);
    assert.equal(r.recordAndGetThrottleTimeMs('alice', 'c', 500, 0), 1000);
  });

  it("the 8 user / client-id entities apply in Kafka's precedence order", () => {
    const levels: [Record<string, string | null>, number][] = [
      [{ user: 'alice', 'client-id': 'app' }, 1],
      [{ user: 'alice', 'client-id': null }, 2],
      [{ user: 'alice' }, 3],
      [{ user: null, 'client-id': 'app' }, 4],
      [{ user: null, 'client-id': null }, 5],
      [{ user: null }, 6],
      [{ 'client-id': 'app' }, 7],
      [{ 'client-id': null }, 8],
    ];
    const m = new ClientQuotaManager('producer_byte_rate', WINDOW);
    for (let i = 0; i < levels.length; i++) {
      const entries: QuotaEntry[] = levels
        .slice(i)
        .map(([entity, v]) => ({ entity, values: { producer_byte_rate: v } }));
      m.load(entries);
      assert.equal(m.quotaFor('alice', 'app'), i + 1, `with levels ${i + 1}..8 set`);
    }
    m.load([]);
    assert.equal(m.quotaFor('alice', 'app'), undefined);
    assert.equal(m.enabled, false);
  });

  it('clients matched by one entity share its rate: a user quota covers all its client ids', () => {
    const m = new ClientQuotaManager('producer_byte_rate', WINDOW);
    m.load([{ entity: { user: 'alice' }, values: { producer_byte_rate: 100 } }]);
    assert.equal(m.recordAndGetThrottleTimeMs('alice', 'a', 600, 0), 0);
    assert.ok(m.recordAndGetThrottleTimeMs('alice', 'b', 600, 0) > 0, 'the second client id adds to the same rate');
    // A client-id default gives each client id a rate of its own.
    const d = new ClientQuotaManager('producer_byte_rate', WINDOW);
    d.load([{ entity: { 'client-id': null }, values: { producer_byte_rate: 100 } }]);
    assert.equal(d.recordAndGetThrottleTimeMs('alice', 'a', 600, 0), 0);
    assert.equal(d.recordAndGetThrottleTimeMs('alice', 'b', 600, 0), 0);
  });

  it("AlterClientQuotas is checked as Kafka's ClientQuotaControlManager", async () => {
    const quotas = new ClientQuotas(new MemoryClientQuotaStore(), WINDOW);
    const results = await quotas.alter(
      [
        set({ user: 'alice' }, 'producer_byte_rate', 1024),
        set({ 'client-id': 'x' }, 'producer_byte_rate', 10.5),
        set({ 'client-id': 'y' }, 'consumer_byte_rate', 0),
        set({ 'client-id': 'z' }, 'no_such_quota', 1),
        set({ group: 'g' }, 'producer_byte_rate', 1),
        set({ user: '' }, 'producer_byte_rate', 1),
        set({ ip: '10.0.0.1', user: 'a' }, 'connection_creation_rate', 1),
        set({ ip: 'not an ip' }, 'connection_creation_rate', 1),
        set({ ip: null }, 'connection_creation_rate', 5),
        set({ user: 'bob' }, 'request_percentage', 12.5),
      ],
      false,
    );
    const byEntity = Object.fromEntries(results.map((r) => [JSON.stringify(r.entity), r.errorMessage]));
    assert.deepEqual(byEntity, {
      '{"user":"alice"}': null,
      '{"client-id":"x"}': 'producer_byte_rate cannot be a fractional value.',
      '{"client-id":"y"}': 'Quota consumer_byte_rate must be greater than 0',
      '{"client-id":"z"}': 'Invalid configuration key no_such_quota',
      '{"group":"g"}': 'Unhandled client quota entity type: group',
      '{"user":""}': 'Empty user not supported',
      '{"ip":"10.0.0.1","user":"a"}':
        'Invalid quota entity combination, IP entity shouldnot be combined with User or ClientId',
      '{"ip":"not an ip"}': 'not an ip is not a valid IP or resolvable host.',
      '{"ip":null}': null,
      '{"user":"bob"}': null,
    });
    assert.ok(results.every((r) => r.errorCode === (r.errorMessage ? ErrorCode.InvalidRequest : ErrorCode.None)));
    assert.equal(quotas.produce.quotaFor('alice', 'any'), 1024);
    // A key twice, then the same entity again.
    const dup = await quotas.alter(
      [
        {
          entity: [{ entityType: 'user', entityName: 'carol' }],
          ops: [
            { key: 'producer_byte_rate', value: 1, remove: false },
            { key: 'producer_byte_rate', value: 2, remove: false },
          ],
        },
      ],
      false,
    );
    assert.match(dup[0]!.errorMessage!, /^Ignoring duplicate entity ClientQuotaEntity\(entries=\{user=carol\}\)$/);
    // validateOnly changes nothing; removing the last key removes the entity.
    await quotas.alter([set({ user: 'dave' }, 'producer_byte_rate', 5)], true);
    assert.equal(quotas.produce.quotaFor('dave', 'c'), undefined);
    await quotas.alter(
      [
        {
          entity: [{ entityType: 'user', entityName: 'alice' }],
          ops: [{ key: 'producer_byte_rate', value: 0, remove: true }],
        },
      ],
      false,
    );
    const all = parseFilter([], false);
    assert.ok(all.ok);
    assert.deepEqual(
      quotas.describe(all.filter).map((e) => e.entity),
      [{ ip: null }, { user: 'bob' }],
    );
  });

  it('DescribeClientQuotas filters: exact, default, any name, strict, and Kafka errors for bad filters', async () => {
    const quotas = new ClientQuotas(new MemoryClientQuotaStore(), WINDOW);
    await quotas.alter(
      [
        set({ user: 'alice' }, 'producer_byte_rate', 1),
        set({ user: 'alice', 'client-id': 'app' }, 'producer_byte_rate', 2),
        set({ user: null }, 'consumer_byte_rate', 3),
        set({ 'client-id': null }, 'consumer_byte_rate', 4),
      ],
      false,
    );
    const names = (components: { entityType: string; matchType: number; match: string | null }[], strict: boolean) => {
      const parsed = parseFilter(components, strict);
      assert.ok(parsed.ok);
      return quotas.describe(parsed.filter).map((e) => JSON.stringify(e.entity));
    };
    assert.deepEqual(names([{ entityType: 'user', matchType: MATCH_EXACT, match: 'alice' }], false), [
      '{"user":"alice"}',
      '{"user":"alice","client-id":"app"}',
    ]);
    assert.deepEqual(names([{ entityType: 'user', matchType: MATCH_EXACT, match: 'alice' }], true), [
      '{"user":"alice"}',
    ]);
    assert.deepEqual(names([{ entityType: 'user', matchType: MATCH_DEFAULT, match: null }], true), ['{"user":null}']);
    assert.deepEqual(names([{ entityType: 'client-id', matchType: MATCH_SPECIFIED, match: null }], false), [
      '{"user":"alice","client-id":"app"}',
      '{"client-id":null}',
    ]);
    const bad = (components: { entityType: string; matchType: number; match: string | null }[]) => {
      const parsed = parseFilter(components, false);
      assert.ok(!parsed.ok);
      return [parsed.errorCode, parsed.message];
    };
    assert.deepEqual(bad([{ entityType: 'group', matchType: MATCH_EXACT, match: 'g' }]), [
      ErrorCode.UnsupportedVersion,
      'Unsupported entity type group',
    ]);
    assert.deepEqual(bad([{ entityType: 'user', matchType: MATCH_EXACT, match: null }]), [
      ErrorCode.InvalidRequest,
      'Request specified MATCH_TYPE_EXACT, but set match string to null.',
    ]);
    assert.deepEqual(
      bad([
        { entityType: 'user', matchType: MATCH_SPECIFIED, match: null },
        { entityType: 'user', matchType: MATCH_DEFAULT, match: null },
      ]),
      [ErrorCode.InvalidRequest, 'Entity type user cannot appear more than once in the filter.'],
    );
    assert.equal(
      bad([
        { entityType: 'ip', matchType: MATCH_SPECIFIED, match: null },
        { entityType: 'user', matchType: MATCH_SPECIFIED, match: null },
      ])[0],
      ErrorCode.InvalidRequest,
    );
  });
});
