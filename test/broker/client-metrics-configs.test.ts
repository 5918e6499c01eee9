/**
 * Client metrics subscriptions (the CLIENT_METRICS config resource, KIP-714) on a single node, over the wire:
 * set, described over the defaults, listed, refused as Kafka's ClientMetricsConfigs refuses, kept across a
 * restart in the data dir, deleted. test/wire compares the same requests with Kafka 4.4's answers; test/cli
 * drives Kafka's own kafka-client-metrics tool.
 */
import assert from 'node:assert/strict';
import type {
  DescribeConfigsResponse,
  IncrementalAlterConfigsResponse,
  ListConfigResourcesResponse,
} from '../../protocol/generated';
import { ConfigSource } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

const DESCRIBE_CONFIGS = 32;
const INCREMENTAL_ALTER_CONFIGS = 44;
const LIST_CONFIG_RESOURCES = 74;
const CLIENT_METRICS = 16;
const [SET, DELETE, APPEND] = [0, 1, 2];

describe('client metrics subscriptions (CLIENT_METRICS configs) on a single node', function () {
  this.timeout(30_000);
  let broker: TestBroker;
  let wire: WireClient;

  before(async () => {
    broker = await startBroker();
    wire = await WireClient.connect(broker.port);
  });
  after(async () => {
    wire?.close();
    await broker?.stop();
  });

  async function alter(name: string, configs: [string, number, string | null][]) {
    wire.send(INCREMENTAL_ALTER_CONFIGS, 1, {
      resources: [
        {
          resourceType: CLIENT_METRICS,
          resourceName: name,
          configs: configs.map(([key, configOperation, value]) => ({ name: key, configOperation, value })),
        },
      ],
      validateOnly: false,
    });
    const { body } = await wire.nextResponse<IncrementalAlterConfigsResponse>(INCREMENTAL_ALTER_CONFIGS, 1);
    return body.responses[0]!;
  }

  /** name -> [value, source] of the subscription's described configs. */
  async function describe(name: string): Promise<Record<string, [string | null, number]>> {
    wire.send(DESCRIBE_CONFIGS, 4, {
      resources: [{ resourceType: CLIENT_METRICS, resourceName: name, configurationKeys: null }],
      includeSynonyms: true,
      includeDocumentation: false,
    });
    const { body } = await wire.nextResponse<DescribeConfigsResponse>(DESCRIBE_CONFIGS, 4);
    assert.equal(body.results[0]!.errorCode, ErrorCode.None, body.results[0]!.errorMessage ?? '');
    return Object.fromEntries(body.results[0]!.configs.map((c) => [c.name, [c.value, c.configSource]]));
  }

  async function listed(): Promise<string[]> {
    wire.send(LIST_CONFIG_RESOURCES, 1, { resourceTypes: [CLIENT_METRICS] });
    const { body } = await wire.nextResponse<ListConfigResourcesResponse>(LIST_CONFIG_RESOURCES, 1);
    return body.configResources.map((r) => r.resourceName);
  }

  it('are described over the defaults once set, listed, and kept across a restart', async () => {
    assert.deepEqual(await describe('producers'), {
      metrics: ['', ConfigSource.DefaultConfig],
      'interval.ms': ['300000', ConfigSource.DefaultConfig],
      match: ['', ConfigSource.DefaultConfig],
    });
    const set = await alter('producers', [
      ['metrics', SET, 'org.apache.kafka.producer.,org.apache.kafka.producer.'],
      ['interval.ms', SET, '1000'],
      ['match', SET, 'client_id=orders-.*'],
    ]);
    assert.equal(set.errorCode, ErrorCode.None, set.errorMessage ?? '');
    const expected = {
      metrics: ['org.apache.kafka.producer.', ConfigSource.ClientMetricsConfig], // the repeat dropped
      'interval.ms': ['1000', ConfigSource.ClientMetricsConfig],
      match: ['client_id=orders-.*', ConfigSource.ClientMetricsConfig],
    };
    assert.deepEqual(await describe('producers'), expected);
    assert.deepEqual(await listed(), ['producers']);

    wire.close();
    await broker.restart();
    wire = await WireClient.connect(broker.port);
    assert.deepEqual(await describe('producers'), expected);

    const deleted = await alter('producers', [
      ['metrics', DELETE, null],
      ['interval.ms', DELETE, null],
      ['match', DELETE, null],
    ]);
    assert.equal(deleted.errorCode, ErrorCode.None, deleted.errorMessage ?? '');
    assert.deepEqual(await listed(), [], 'a subscription without values is gone');
  });

  it("refuses what Kafka's ClientMetricsConfigs refuses, with its error codes and words", async () => {
    const refusals: [string, [string, number, string | null][], number, string][] = [
      ['s', [['no.such.key', SET, '1']], ErrorCode.InvalidRequest, 'Unknown client metrics configuration: no.such.key'],
      [
        's',
        [['interval.ms', SET, '50']],
        ErrorCode.InvalidRequest,
        'Invalid value 50 for interval.ms, interval must be between 100 and 3600000 (1 hour)',
      ],
      [
        's',
        [['interval.ms', SET, 'soon']],
        ErrorCode.InvalidConfig,
        'Invalid value soon for configuration interval.ms: Not a number of type INT',
      ],
      [
        's',
        [['match', SET, 'client_color=blue']],
        ErrorCode.InvalidConfig,
        'Illegal client matching pattern: client_color=blue',
      ],
      ['s', [['match', SET, 'client_id=']], ErrorCode.InvalidConfig, 'Illegal client matching pattern: client_id='],
      [
        's',
        [['match', SET, 'client_id=orders-[']],
        ErrorCode.InvalidConfig,
        'Illegal client matching pattern: client_id=orders-[',
      ],
      [
        's',
        [['metrics', APPEND, 'org.apache.kafka.']],
        ErrorCode.InvalidConfig,
        "Can't APPEND to key metrics because its type is not LIST.",
      ],
      ['', [['interval.ms', SET, '1000']], ErrorCode.InvalidRequest, "Subscription name can't be empty"],
    ];
    for (const [name, changes, errorCode, errorMessage] of refusals) {
      const outcome = await alter(name, changes);
      assert.deepEqual([outcome.errorCode, outcome.errorMessage], [errorCode, errorMessage], JSON.stringify(changes));
    }
    assert.deepEqual(await listed(), [], 'nothing refused was kept');
  });
});
