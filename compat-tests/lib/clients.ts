/**
 * The clients under test: how to run each driver, whether it is installed here, and what it can do (codecs,
 * partitioner, headers, explicit timestamps, binary data), so scenarios ask each client only for what its API
 * offers and report the rest as "not supported by the client" instead of failing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './broker';
import { ALL_CODECS, type Compression } from './driver-protocol';
import type { PartitionerName } from './partitioners';
import { registryClients } from './registry-clients';
import { javaDriver } from './java-driver';

export interface DriverCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export interface ClientSpec {
  /** folder under compat-tests/clients/ holding tests.allow and FINDINGS.md */
  id: string;
  describe: string;
  codecs: Compression[];
  /** why the other codecs are not exercised */
  codecGaps: Partial<Record<Compression, string>>;
  partitioner: PartitionerName;
  /** false: keys, values and headers are printable text (kcat reads lines) */
  binary: boolean;
  headers: boolean;
  /** can set a record's CreateTime */
  timestamps: boolean;
  /** keeps an empty value distinct from a null one */
  emptyValues: boolean;
  /** false: an empty header value comes back as null (see DataShape) */
  emptyHeaderValues?: boolean;
  /** its create-topic call reports TOPIC_ALREADY_EXISTS (kafka-go 0.2.1 swallows it) */
  reportsExistingTopic: boolean;
  /** extra job options (sarama's protocol version) */
  options?: Record<string, string>;
  /** null when the client can run here, else the reason it cannot */
  unavailable(): string | null;
  /** builds what the driver needs (Go binaries) and returns how to run it */
  prepare(): DriverCommand;
}

const clientsDir = join(repoRoot, 'compat-tests', 'clients');
const PYTHON = '/usr/bin/python3';
const tsx = (file: string): DriverCommand => ({
  command: process.execPath,
  args: ['--import', 'tsx', join(clientsDir, file)],
  env: { KAFKAJS_NO_PARTITIONER_WARNING: '1' },
});

function probe(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: 'pipe', timeout: 20000 });
    return null;
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    return e.code === 'ENOENT'
      ? `${command} not found`
      : (e.stderr?.toString().trim().split('\n').pop() ?? String(error));
  }
}

function nodeModule(name: string): string | null {
  try {
    require(name);
    return null;
  } catch (error) {
    return `${name} cannot be loaded (${String(error).split('\n')[0]})`;
  }
}

const goPath = '/usr/share/gocode';
const goBuildDir = join(tmpdir(), 'brook-compat-go');
function goDriver(folder: string, libraryDir: string): { unavailable(): string | null; prepare(): DriverCommand } {
  return {
    unavailable() {
      const go = probe('go', ['version']);
      if (go) return `Go toolchain missing (${go}): apt-get install golang-go`;
      if (!existsSync(join(goPath, 'src', libraryDir))) return `${libraryDir} missing under ${goPath}`;
      return null;
    },
    prepare() {
      mkdirSync(goBuildDir, { recursive: true });
      const out = join(goBuildDir, `${folder}-driver`);
      execFileSync('go', ['build', '-o', out, '.'], {
        cwd: join(clientsDir, folder),
        env: { ...process.env, GO111MODULE: 'off', GOPATH: goPath, GOFLAGS: '' },
        stdio: 'pipe',
        timeout: 300000,
      });
      return { command: out, args: [] };
    },
  };
}

const librdkafkaCodecs: Compression[] = [...ALL_CODECS];

export const clients: ClientSpec[] = [
  {
    id: 'kafkajs',
    describe: 'kafkajs 2.2.4 (npm)',
    codecs: ['none', 'gzip'],
    codecGaps: {
      snappy: 'kafkajs ships gzip only; snappy/lz4/zstd need codec plugin packages',
      lz4: 'kafkajs ships gzip only',
      zstd: 'kafkajs ships gzip only',
    },
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    unavailable: () => nodeModule('kafkajs'),
    prepare: () => tsx('kafkajs/kafkajs.ts'),
  },
  {
    id: 'platformatic',
    describe: '@platformatic/kafka 1.x (npm; 2.x needs Node.js 22)',
    codecs: ['none', 'gzip', 'snappy', 'lz4'],
    codecGaps: { zstd: 'uses node:zlib zstd, which Node.js 20 lacks (needs >= 22.15)' },
    partitioner: 'murmur2-unsigned',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    unavailable: () => nodeModule('@platformatic/kafka'),
    prepare: () => tsx('platformatic/platformatic.ts'),
  },
  {
    id: 'confluent-js',
    describe: '@confluentinc/kafka-javascript (npm, librdkafka 2.15 built with CKJS_LINKING=dynamic)',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'crc32',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: false, // its producer sends a zero-length Buffer as a NULL value
    reportsExistingTopic: true,
    unavailable: () => {
      const reason = nodeModule('@confluentinc/kafka-javascript');
      return reason
        ? `${reason}: its native build needs CKJS_LINKING=dynamic at npm install (see compat-tests/README.md)`
        : null;
    },
    prepare: () => tsx('confluent-js/confluent-js.ts'),
  },
  {
    id: 'kcat',
    describe: 'kcat 1.7 (Debian, librdkafka 2.0.2)',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'crc32',
    binary: false,
    headers: true,
    timestamps: false,
    emptyValues: false,
    reportsExistingTopic: true,
    unavailable: () => (probe('kcat', ['-V']) ? 'kcat not installed: apt-get install kcat' : null),
    prepare: () => tsx('kcat/kcat.ts'),
  },
  {
    id: 'confluent-kafka-python',
    describe: 'confluent-kafka-python 1.7 (Debian python3-confluent-kafka, librdkafka 2.0.2)',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'crc32',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    unavailable: () =>
      probe(PYTHON, ['-c', 'import confluent_kafka']) &&
      'python3-confluent-kafka not installed (apt-get install python3-confluent-kafka)',
    prepare: () => ({
      command: PYTHON,
      args: [join(clientsDir, 'confluent-kafka-python', 'confluent_kafka_driver.py')],
    }),
  },
  {
    id: 'kafka-python',
    describe: 'kafka-python 2.0.2 (Debian python3-kafka)',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    unavailable: () =>
      probe(PYTHON, ['-c', 'import kafka, snappy, lz4.frame, zstandard']) &&
      'python3-kafka (+ python3-snappy python3-lz4 python3-zstandard for the codecs) not installed',
    prepare: () => ({ command: PYTHON, args: [join(clientsDir, 'kafka-python', 'kafka_python_driver.py')] }),
  },
  {
    id: 'sarama',
    describe: 'sarama 1.22.1 (Debian Go), config.Version 2.1.0',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'fnv1a-sarama',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    options: { version: '2.1.0' },
    ...goDriver('sarama', 'github.com/Shopify/sarama'),
  },
  {
    id: 'sarama-legacy',
    describe: 'sarama 1.22.1 with its default config.Version 0.8.2 (magic-0 message sets, Produce/Fetch v0)',
    codecs: ['none', 'gzip', 'snappy'],
    codecGaps: { lz4: 'sarama needs Version >= 0.10 for lz4', zstd: 'sarama needs Version >= 2.1 for zstd' },
    partitioner: 'fnv1a-sarama',
    binary: true,
    headers: false,
    timestamps: false,
    emptyValues: true,
    reportsExistingTopic: true,
    options: { version: '0.8.2.0' },
    ...goDriver('sarama', 'github.com/Shopify/sarama'),
  },
  {
    id: 'kafka-go',
    describe: 'kafka-go 0.2.1 (Debian Go; Produce v2 / Fetch v2, magic-1 message sets)',
    codecs: ['none', 'gzip', 'snappy', 'lz4'],
    codecGaps: { zstd: 'kafka-go 0.2.1 has no zstd codec' },
    partitioner: 'fnv1a-uint',
    binary: true,
    headers: false,
    timestamps: true,
    emptyValues: false, // its decoder returns nil for a zero-length value
    reportsExistingTopic: false, // Conn.CreateTopics treats TOPIC_ALREADY_EXISTS as success
    ...goDriver('kafka-go', 'github.com/segmentio/kafka-go'),
  },
  // --- the Java client (kafka-clients 4.4, Maven): its default settings, see clients/java/FINDINGS.md ---
  {
    id: 'java',
    describe: 'kafka-clients 4.4.0 (Maven; defaults: enable.idempotence=true, acks=all)',
    codecs: librdkafkaCodecs,
    codecGaps: {},
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    ...javaDriver('brook.compat.StepDriver'),
  },
];

// The newer clients from the Go module proxy and PyPI (registry-clients.ts); the Debian rows above are the legacy rows.
clients.push(...registryClients);
