import { Kafka, logLevel } from 'kafkajs';
import { AclOperation, AclPermission, PatternType, ResourceType } from '../src/security/acl';
import { startBroker, type TestBroker } from '../src/testing';
import type { Benchmark, BenchLine } from './harness';
import { round } from './tls.bench';

/**
 * What an authorizer costs: kafkajs produce and consume throughput against an in-process broker running
 * StandardAuthorizer with 200 ACLs (the client's principal, User:ANONYMOUS, allowed by a prefixed topic ACL and a
 * `*` group ACL, among 198 for other principals), as a ratio to a broker of the same process without an
 * authorizer, in alternating rounds (best of each kept). Without an authorizer each check is one null test, so the
 * baseline is what every broker without `authorizer.class.name` pays.
 */
const bench: Benchmark = {
  name: 'acl',
  async run(): Promise<BenchLine[]> {
    const open = await startBroker({ logLevel: 'error' });
    let guarded: TestBroker | null = null;
    try {
      guarded = await startBroker({
        logLevel: 'error',
        config: { 'authorizer.class.name': 'standard', 'super.users': 'User:admin' },
      });
      const binding = (principal: string, resourceType: number, resourceName: string, patternType: number) => ({
        resourceType,
        resourceName,
        patternType,
        principal,
        host: '*',
        operation: AclOperation.ALL,
        permissionType: AclPermission.ALLOW,
      });
      guarded.broker.authorizer!.create([
        binding('User:ANONYMOUS', ResourceType.TOPIC, 'bench-', PatternType.PREFIXED),
        binding('User:ANONYMOUS', ResourceType.GROUP, '*', PatternType.LITERAL),
        ...Array.from({ length: 198 }, (_, i) =>
          binding(`User:other-${i}`, ResourceType.TOPIC, `bench-other-${i}`, PatternType.LITERAL),
        ),
      ]);
      const client = (b: TestBroker) => new Kafka({ brokers: [b.endpoints.PLAINTEXT!], logLevel: logLevel.NOTHING });
      const sides = [
        ['open', client(open)],
        ['guarded', client(guarded)],
      ] as const;
      const best = { open: { produce: 0, consume: 0 }, guarded: { produce: 0, consume: 0 } };
      for (let i = 0; i < 3; i++) {
        for (const [side, kafka] of sides) {
          const r = await round(kafka, `bench-${side}-${i}`);
          best[side].produce = Math.max(best[side].produce, r.produce);
          best[side].consume = Math.max(best[side].consume, r.consume);
        }
      }
      const against = 'no authorizer, same process and run';
      return [
        {
          name: 'kafkajs produce with StandardAuthorizer and 200 ACLs (1 KiB records, acks=1)',
          value: best.guarded.produce,
          unit: 'MiB/s',
          ratio: { value: best.guarded.produce / best.open.produce, against },
        },
        {
          name: 'kafkajs consume with StandardAuthorizer and 200 ACLs (1 KiB records)',
          value: best.guarded.consume,
          unit: 'MiB/s',
          ratio: { value: best.guarded.consume / best.open.consume, against },
        },
      ];
    } finally {
      await guarded?.stop();
      await open.stop();
    }
  },
};

export default bench;
