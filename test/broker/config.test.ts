import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigError,
  ConfigSource,
  loadBrokerConfig,
  normalizeValue,
  parseProperties,
  parseSetArgument,
  TOPIC_CONFIG_BY_NAME,
} from '../../src/config';

describe('broker config', () => {
  it('parses server.properties syntax: separators, comments, continuations, escapes', () => {
    const props = parseProperties(
      [
        '# comment',
        '! also a comment',
        'a=1',
        'b : two',
        'c three',
        'd=multi\\',
        '   line',
        'e=tab\\there',
        '  f = \\u0041',
      ].join('\n'),
    );
    assert.deepEqual(Object.fromEntries(props), {
      a: '1',
      b: 'two',
      c: 'three',
      d: 'multiline',
      e: 'tab\there',
      f: 'A',
    });
  });

  it("has Kafka's defaults and the embedded listener", () => {
    const config = loadBrokerConfig();
    assert.equal(config.number('num.partitions'), 1);
    assert.equal(config.number('message.max.bytes'), 1048588);
    assert.equal(config.number('socket.request.max.bytes'), 104857600);
    assert.equal(config.number('group.initial.rebalance.delay.ms'), 3000);
    assert.equal(config.number('offsets.topic.num.partitions'), 50);
    assert.equal(config.bool('auto.create.topics.enable'), true);
    assert.deepEqual(config.listeners, [
      { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092, securityProtocol: 'PLAINTEXT' },
    ]);
    assert.deepEqual(config.logDirs, ['./brook-data']);
    assert.equal(config.source('num.partitions'), ConfigSource.DefaultConfig);
  });

  it("maps controller.listener.names to PLAINTEXT when listener.security.protocol.map is not set (Kafka's effective map)", () => {
    const sets: [string, string][] = [
      ['listeners', 'PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093'],
      ['controller.listener.names', 'CONTROLLER'],
    ];
    const config = loadBrokerConfig({ sets });
    assert.deepEqual(
      config.listeners.map((l) => `${l.name}:${l.securityProtocol}`),
      ['PLAINTEXT:PLAINTEXT', 'CONTROLLER:PLAINTEXT'],
    );
    // An explicit map is taken as written: CONTROLLER must then be in it.
    assert.throws(
      () => loadBrokerConfig({ sets: [...sets, ['listener.security.protocol.map', 'PLAINTEXT:PLAINTEXT']] }),
      /listener CONTROLLER is not in listener.security.protocol.map/,
    );
  });

  it('layers profile < file < flags < --set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brook-config-'));
    try {
      const file = join(dir, 'server.properties');
      writeFileSync(file, 'num.partitions=3\ngroup.initial.rebalance.delay.ms=10\nlog.dirs=/from/file\n');
      const config = loadBrokerConfig({
        profile: 'test',
        configFile: file,
        flags: [['log.dirs', '/from/flag']],
        sets: [parseSetArgument('num.partitions=5')],
      });
      assert.equal(config.number('num.partitions'), 5);
      assert.equal(config.number('group.initial.rebalance.delay.ms'), 10);
      assert.deepEqual(config.logDirs, ['/from/flag']);
      assert.equal(loadBrokerConfig({ profile: 'test' }).number('group.initial.rebalance.delay.ms'), 0);
      assert.equal(config.source('num.partitions'), ConfigSource.StaticBrokerConfig);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad values with one-line Kafka-style messages', () => {
    const cases: [string, string, RegExp][] = [
      ['num.partitions', 'zero', /^Invalid value zero for configuration num.partitions: Not a number of type INT$/],
      ['num.partitions', '0', /Value must be at least 1/],
      ['auto.create.topics.enable', 'yes', /Expected value to be either true or false/],
      ['message.max.bytes', '99999999999', /Not a number of type INT/],
      ['log.cleanup.policy', 'shred', /String must be one of: delete, compact/],
      ['listeners', 'nonsense', /expected NAME:\/\/host:port/],
      ['listeners', 'PLAINTEXT://127.0.0.1:99999', /port out of range/],
      ['listener.security.protocol.map', 'PLAINTEXT:KERBEROS', /KERBEROS, which is not a security protocol/],
      ['advertised.listeners', 'OTHER://h:1', /not in listener.security.protocol.map/],
      ['compression.gzip.level', '0', /: Value must be between 1 and 9 or equal to -1$/],
      ['compression.zstd.level', '23', /: Value must be no more than 22$/],
      ['log.local.retention.ms', '-3', /: Value must be at least -2$/],
    ];
    for (const [key, value, pattern] of cases) {
      assert.throws(
        () => loadBrokerConfig({ sets: [[key, value]] }),
        (e: Error) => e instanceof ConfigError && pattern.test(e.message) && !e.message.includes('\n'),
        `${key}=${value}`,
      );
    }
    assert.throws(() => parseSetArgument('novalue'), /--set expects key=value/);
    assert.throws(() => loadBrokerConfig({ configFile: '/no/such/file' }), /cannot read config file/);
  });

  it('resolves topic defaults from broker synonyms with unit conversion and sources', () => {
    const config = loadBrokerConfig({ sets: [['log.retention.hours', '1']] });
    const retention = config.topicDefault(TOPIC_CONFIG_BY_NAME.get('retention.ms')!);
    assert.deepEqual(retention, {
      name: 'log.retention.hours',
      value: '3600000',
      source: ConfigSource.StaticBrokerConfig,
    });
    const byMs = loadBrokerConfig({
      sets: [
        ['log.retention.ms', '5'],
        ['log.retention.hours', '1'],
      ],
    });
    assert.equal(byMs.topicDefaultByName('retention.ms'), '5');
    const plain = loadBrokerConfig();
    assert.deepEqual(plain.topicDefault(TOPIC_CONFIG_BY_NAME.get('segment.bytes')!), {
      name: 'log.segment.bytes',
      value: '1073741824',
      source: ConfigSource.DefaultConfig,
    });
    assert.equal(plain.topicDefaultByName('retention.ms'), '604800000');
    assert.equal(plain.topicDefaultByName('max.message.bytes'), '1048588');
  });

  it("has Kafka 4.4's topic keys, defaults and validators", () => {
    const plain = loadBrokerConfig();
    // KIP-1032 (Kafka 4.0): a record at most one hour ahead of the broker's clock by default.
    assert.equal(plain.topicDefaultByName('message.timestamp.after.max.ms'), '3600000');
    assert.deepEqual(plain.topicDefault(TOPIC_CONFIG_BY_NAME.get('local.retention.bytes')!), {
      name: 'log.local.retention.bytes',
      value: '-2',
      source: ConfigSource.DefaultConfig,
    });
    assert.equal(plain.topicDefaultByName('compression.lz4.level'), '9');
    assert.equal(plain.topicDefaultByName('max.decompressed.message.bytes'), '2147483639');
    // Kafka 4.0 removed it (KIP-724).
    assert.equal(TOPIC_CONFIG_BY_NAME.get('message.downconversion.enable'), undefined);
    const throttled = TOPIC_CONFIG_BY_NAME.get('leader.replication.throttled.replicas')!;
    assert.equal(normalizeValue(throttled, '0:1, 1:2'), '0:1,1:2');
    assert.equal(normalizeValue(throttled, '*'), '*');
    assert.equal(normalizeValue(throttled, ''), '');
    assert.throws(
      () => normalizeValue(throttled, '0:1,*'),
      (e: Error) =>
        e.message ===
        "Invalid value [0:1, *] for configuration leader.replication.throttled.replicas: leader.replication.throttled.replicas must be the literal '*' or a list of replicas in the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...",
    );
    assert.equal(normalizeValue(TOPIC_CONFIG_BY_NAME.get('compression.gzip.level')!, '-1'), '-1');
  });
});
