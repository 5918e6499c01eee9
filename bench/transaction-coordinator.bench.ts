import * as P from '../protocol/generated';
import { WireClient } from '../src/groups/wire-client';
import { startBroker } from '../src/testing';
import { asyncOpsPerSecond, type Benchmark, type BenchLine } from './harness';

/**
 * The transaction coordinator's round trips over a socket to an in-process broker, each as a ratio to the
 * cheapest round trip measured in the same run (ApiVersions v0 on the same connection):
 * - InitProducerId for an idempotent producer (a producer id; a durable block claim every 1000 ids);
 * - one transaction: AddPartitionsToTxn (Ongoing written) + EndTxn commit (PrepareCommit written, answered),
 *   then the markers and CompleteCommit before the next one starts: three `__transaction_state` writes, two
 *   round trips, so about 2 is the floor.
 */
const benchmark: Benchmark = {
  name: 'transaction-coordinator',
  async run(): Promise<BenchLine[]> {
    const broker = await startBroker({ config: { 'num.partitions': 1 } });
    const client = await WireClient.connect(broker.bootstrap, 'bench-txn');
    try {
      await client.send(19, 4, {
        ...P.defaultCreateTopicsRequest(),
        topics: [
          {
            ...P.defaultCreateTopicsRequestCreatableTopic(),
            name: 'bench-txn',
            numPartitions: 1,
            replicationFactor: 1,
          },
        ],
        timeoutMs: 5000,
      });
      const apiVersions = async () => {
        await client.send(18, 0, P.defaultApiVersionsRequest());
      };
      const initIdempotent = async () => {
        await client.send(22, 4, {
          ...P.defaultInitProducerIdRequest(),
          transactionalId: null,
          transactionTimeoutMs: 60000,
        });
      };
      const producer = await client.send<P.InitProducerIdResponse>(22, 4, {
        ...P.defaultInitProducerIdRequest(),
        transactionalId: 'bench',
        transactionTimeoutMs: 60000,
      });
      const txn = async () => {
        await client.send(24, 3, {
          ...P.defaultAddPartitionsToTxnRequest(),
          v3AndBelowTransactionalId: 'bench',
          v3AndBelowProducerId: producer.producerId,
          v3AndBelowProducerEpoch: producer.producerEpoch,
          v3AndBelowTopics: [{ name: 'bench-txn', partitions: [0] }],
        });
        const end = await client.send<P.EndTxnResponse>(26, 3, {
          transactionalId: 'bench',
          producerId: producer.producerId,
          producerEpoch: producer.producerEpoch,
          committed: true,
        });
        if (end.errorCode !== 0) throw new Error(`EndTxn answered ${end.errorCode}`);
        await broker.broker.transactions.whenComplete('bench');
      };
      const best = [0, 0, 0];
      for (let round = 0; round < 3; round++) {
        best[0] = Math.max(best[0]!, await asyncOpsPerSecond(apiVersions, 600));
        best[1] = Math.max(best[1]!, await asyncOpsPerSecond(initIdempotent, 600));
        best[2] = Math.max(best[2]!, await asyncOpsPerSecond(txn, 600));
      }
      const [base, init, cycle] = best as [number, number, number];
      return [
        {
          name: 'InitProducerId (idempotent), one connection',
          value: init,
          unit: 'req/s',
          ratio: { value: base / init, against: 'ApiVersions round trip (time ratio)' },
        },
        {
          name: 'transaction: AddPartitionsToTxn + EndTxn + markers',
          value: cycle,
          unit: 'txn/s',
          ratio: { value: base / cycle, against: 'ApiVersions round trip (time ratio)' },
        },
      ];
    } finally {
      client.close();
      await broker.stop();
    }
  },
};

export default benchmark;
