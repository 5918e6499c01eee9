/**
 * The client families of the security matrix and how each is driven: ONE process per family running all its
 * checks (the Node.js, Python and Go drivers under drivers/ and compat-tests/go/sarama-security), kcat from the
 * test process itself (drivers/kcat.ts: kcat is a command, each check one or two runs of it).
 */
import { join } from 'node:path';
import { repoRoot } from '../../lib/broker';
import type { DriverCommand } from '../../lib/clients';
import type { Job } from '../../lib/driver-protocol';
import { buildGoModuleDriver, goToolchainProblem, pypiProblem, venvPython } from '../../lib/registry-clients';
import { runDriverProcess } from '../../lib/run-driver';
import { KCAT_ENGINES, runKcatMatrix } from './drivers/kcat';
import type { Check, DriverAnswer } from './plan';

export interface Family {
  id: string;
  describe: string;
  /** null when the client can run here, else why not */
  unavailable(): string | null;
  run(checks: Check[]): Promise<DriverAnswer>;
}

const drivers = join(repoRoot, 'compat-tests', 'security', 'matrix', 'drivers');
const DRIVER_TIMEOUT_MS = 180000;

async function viaProcess(command: DriverCommand, job: object): Promise<DriverAnswer> {
  // runDriverProcess writes any job to the driver's stdin as JSON and parses its last stdout line, whatever its shape.
  const run = await runDriverProcess(command, job as unknown as Job, DRIVER_TIMEOUT_MS);
  if (!run.result) {
    throw new Error(`${run.failure}; stderr: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  }
  return run.result as unknown as DriverAnswer;
}

function nodeModule(name: string): string | null {
  try {
    require.resolve(name);
    return null;
  } catch (error) {
    return `${name} cannot be loaded (${String(error).split('\n')[0]})`;
  }
}

const node = (file: string): DriverCommand => ({
  command: process.execPath,
  args: ['--import', 'tsx', join(drivers, file)],
});

const python = (client: string): Family['run'] => {
  return (checks) =>
    viaProcess({ command: venvPython().python!, args: [join(drivers, 'secure_client.py')] }, { client, checks });
};

export const FAMILIES: Family[] = [
  {
    id: 'kafkajs',
    describe: 'kafkajs 2.2.4 (npm)',
    unavailable: () => nodeModule('kafkajs'),
    run: (checks) => viaProcess(node('kafkajs.ts'), { checks }),
  },
  {
    id: 'platformatic',
    describe: '@platformatic/kafka 1.x (npm)',
    unavailable: () => nodeModule('@platformatic/kafka'),
    run: (checks) => viaProcess(node('platformatic.ts'), { checks }),
  },
  {
    id: 'confluent-js',
    describe: '@confluentinc/kafka-javascript (npm, librdkafka 2.15)',
    unavailable: () => {
      try {
        require('@confluentinc/kafka-javascript');
        return null;
      } catch (error) {
        return `@confluentinc/kafka-javascript cannot be loaded (${String(error).split('\n')[0]}): its native build needs CKJS_LINKING=dynamic at npm install`;
      }
    },
    run: (checks) => viaProcess(node('confluent-js.ts'), { checks }),
  },
  ...KCAT_ENGINES.map(
    (engine): Family => ({
      id: engine.id,
      describe: engine.describe,
      unavailable: () => engine.unavailable(),
      run: (checks) => runKcatMatrix(engine, checks),
    }),
  ),
  {
    id: 'confluent-kafka-python',
    describe: 'confluent-kafka-python 2.16 (PyPI wheel, bundled librdkafka 2.16)',
    unavailable: () => pypiProblem('confluent_kafka'),
    run: python('confluent-kafka'),
  },
  {
    id: 'kafka-python',
    describe: 'kafka-python 3.0 (PyPI, pure Python)',
    unavailable: () => pypiProblem('kafka'),
    run: python('kafka-python'),
  },
  {
    id: 'sarama',
    describe: 'sarama 1.62 (github.com/IBM/sarama, Go module; SCRAM through github.com/xdg-go/scram)',
    unavailable: goToolchainProblem,
    run: (checks) =>
      viaProcess({ command: buildGoModuleDriver('sarama-security', 'sarama-security-driver'), args: [] }, { checks }),
  },
];
