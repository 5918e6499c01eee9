/**
 * The clients of the transaction suite: each a driver process speaking ../txn-protocol.ts, and what it can do
 * (transactions, or the idempotent producer only). A client that cannot run here says why (shown as NOT RUN).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../lib/broker';
import type { DriverCommand } from '../lib/clients';
import { javaDriver } from '../lib/java-driver';
import { buildGoModuleDriver, pypiProblem, venvPython } from '../lib/registry-clients';

export interface TxnClient {
  id: string;
  describe: string;
  transactions: boolean;
  unavailable(): string | null;
  prepare(): DriverCommand;
}

const driversDir = join(repoRoot, 'compat-tests', 'transactions', 'drivers');
const PYTHON = '/usr/bin/python3';

const tsx = (file: string): DriverCommand => ({
  command: process.execPath,
  args: ['--import', 'tsx', join(driversDir, file)],
  env: { KAFKAJS_NO_PARTITIONER_WARNING: '1' },
});

function nodeModule(name: string): string | null {
  try {
    require.resolve(name);
    require(name);
    return null;
  } catch (error) {
    return `${name} cannot be loaded (${String(error).split('\n')[0]})`;
  }
}

function debianPython(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import confluent_kafka'], { stdio: 'pipe', timeout: 20000 });
    return null;
  } catch {
    return 'python3-confluent-kafka not installed (apt-get install python3-confluent-kafka)';
  }
}

export const txnClients: TxnClient[] = [
  {
    id: 'java',
    describe: 'kafka-clients 4.4.0 (defaults: enable.idempotence=true, acks=all)',
    transactions: true,
    ...javaDriver('brook.compat.TxnDriver'),
  },
  {
    id: 'kafkajs',
    describe: 'kafkajs 2.2.4',
    transactions: true,
    unavailable: () => nodeModule('kafkajs'),
    prepare: () => tsx('kafkajs-txn.ts'),
  },
  {
    id: 'platformatic',
    describe: '@platformatic/kafka 1.x',
    transactions: true,
    unavailable: () => nodeModule('@platformatic/kafka'),
    prepare: () => tsx('platformatic-txn.ts'),
  },
  {
    id: 'confluent-js',
    describe: '@confluentinc/kafka-javascript (librdkafka 2.15)',
    transactions: true,
    unavailable: () => nodeModule('@confluentinc/kafka-javascript'),
    prepare: () => tsx('confluent-js-txn.ts'),
  },
  {
    id: 'confluent-kafka-python',
    describe: 'confluent-kafka-python 1.7 (Debian, librdkafka 2.0.2)',
    transactions: true,
    unavailable: debianPython,
    prepare: () => ({ command: PYTHON, args: [join(driversDir, 'confluent_txn.py')] }),
  },
  {
    id: 'confluent-kafka-python-pypi',
    describe: 'confluent-kafka-python 2.16 (PyPI, librdkafka 2.16)',
    transactions: true,
    unavailable: () => pypiProblem('confluent_kafka'),
    prepare: () => ({ command: venvPython().python!, args: [join(driversDir, 'confluent_txn.py')] }),
  },
  {
    id: 'aiokafka',
    describe: 'aiokafka 0.14 (PyPI, asyncio)',
    transactions: true,
    unavailable: () => pypiProblem('aiokafka'),
    prepare: () => ({ command: venvPython().python!, args: [join(driversDir, 'aiokafka_txn.py')] }),
  },
  {
    id: 'franz-go',
    describe: 'franz-go 1.22 (kgo, Go module)',
    transactions: true,
    unavailable: () => null, // a missing Go toolchain makes prepare() throw, shown as NOT RUN
    prepare: () => ({ command: buildGoModuleDriver('franz-go-txn', 'franz-go-txn'), args: [] }),
  },
];
