/**
 * The clients that come from the package registries rather than from Debian: Go modules pinned in
 * compat-tests/go/go.mod (franz-go, the newest sarama and kafka-go) and PyPI packages pinned in
 * compat-tests/clients/python/requirements.txt, installed into a virtual environment by
 * compat-tests/clients/python/venv.sh (confluent-kafka with its bundled librdkafka, kafka-python 3, aiokafka).
 * Both are built or installed under the ignored build folder (build/compat-clients/), on first use and by
 * .ci/run, so a second run only checks they are current. The Debian rows in clients.ts are the legacy rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './broker';
import type { ClientSpec, DriverCommand } from './clients';
import { ALL_CODECS } from './driver-protocol';

export const buildFolder = join(repoRoot, 'build', 'compat-clients');
const compatDir = join(repoRoot, 'compat-tests');
const goModuleDir = join(compatDir, 'go');

/** The Go toolchain on PATH must be at least the go.mod's `go` line (GOTOOLCHAIN=local: it never downloads one). */
export function goToolchainProblem(): string | null {
  const wanted = readFileSync(join(goModuleDir, 'go.mod'), 'utf8').match(/^go (\d+)\.(\d+)/m);
  let have: RegExpMatchArray | null;
  try {
    have = execFileSync('go', ['version'], { encoding: 'utf8', timeout: 20000 }).match(/go(\d+)\.(\d+)/);
  } catch {
    return 'Go toolchain missing (go not found)';
  }
  if (!wanted || !have) return null;
  const [wMajor, wMinor] = [Number(wanted[1]), Number(wanted[2])];
  const [hMajor, hMinor] = [Number(have[1]), Number(have[2])];
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor)
    ? null
    : `go on PATH is ${have[0]}, compat-tests/go/go.mod needs go ${wanted[1]}.${wanted[2]}`;
}

const goEnv = { ...process.env, GOFLAGS: '-mod=readonly -buildvcs=false', GOTOOLCHAIN: 'local', GO111MODULE: 'on' };

/**
 * Builds package `pkg` of compat-tests/go into build/compat-clients/go/<name>. With `sameSourceAs`, that
 * driver's main.go (written against github.com/Shopify/sarama for Debian's 1.22.1) is compiled into `pkg` with
 * the import path of the newest sarama, through `go build -overlay`: one source for both rows.
 */
export function buildGoModuleDriver(pkg: string, name: string, sameSourceAs?: string): string {
  const toolchain = goToolchainProblem();
  if (toolchain) throw new Error(toolchain);
  const outDir = join(buildFolder, 'go');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, name);
  const args = ['build', '-o', out];
  if (sameSourceAs) {
    const rewritten = join(outDir, `${name}.main.go`);
    writeFileSync(
      rewritten,
      readFileSync(join(compatDir, sameSourceAs, 'main.go'), 'utf8').replace(
        '"github.com/Shopify/sarama"',
        '"github.com/IBM/sarama"',
      ),
    );
    const overlay = join(outDir, `${name}.overlay.json`);
    writeFileSync(overlay, JSON.stringify({ Replace: { [join(goModuleDir, pkg, 'main.go')]: rewritten } }));
    args.push('-overlay', overlay);
  }
  execFileSync('go', [...args, `./${pkg}`], { cwd: goModuleDir, env: goEnv, stdio: 'pipe', timeout: 600000 });
  return out;
}

function goModuleDriver(
  pkg: string,
  name: string,
  sameSourceAs?: string,
): { unavailable(): string | null; prepare(): DriverCommand } {
  return {
    unavailable: goToolchainProblem,
    prepare: () => ({ command: buildGoModuleDriver(pkg, name, sameSourceAs), args: [] }),
  };
}

let venv: { python?: string; error?: string } | undefined;
/** The venv's python, created or refreshed by venv.sh once per test process. */
export function venvPython(): { python?: string; error?: string } {
  if (!venv) {
    try {
      const python = execFileSync('bash', [join(compatDir, 'clients', 'python', 'venv.sh')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 600000,
      }).trim();
      venv = { python };
    } catch (error) {
      const e = error as { stderr?: Buffer | string; message: string };
      venv = {
        error: `venv.sh failed: ${String(e.stderr ?? e.message)
          .trim()
          .split('\n')
          .slice(-3)
          .join(' ')}`,
      };
    }
  }
  return venv;
}

/** null when the venv exists and imports `modules`, else why not. */
export function pypiProblem(modules: string): string | null {
  const { python, error } = venvPython();
  if (!python) return error ?? 'no venv';
  try {
    execFileSync(python, ['-c', `import ${modules}`], { stdio: 'pipe', timeout: 20000 });
    return null;
  } catch (e) {
    return `${modules} does not import in ${python}: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}`;
  }
}

function pypiDriver(modules: string, script: string): { unavailable(): string | null; prepare(): DriverCommand } {
  return {
    unavailable: () => pypiProblem(modules),
    prepare: () => ({ command: venvPython().python!, args: [join(compatDir, 'clients', script)] }),
  };
}

/** sarama 1.62 compiled from Debian's sarama driver source: two rows differ only in the protocol version set. */
const saramaGomod: Omit<ClientSpec, 'id' | 'describe'> = {
  codecs: [...ALL_CODECS],
  codecGaps: {},
  partitioner: 'fnv1a-sarama',
  binary: true,
  headers: true,
  timestamps: true,
  emptyValues: true,
  reportsExistingTopic: true,
  ...goModuleDriver('sarama', 'sarama-gomod-driver', 'clients/sarama'),
};

export const registryClients: ClientSpec[] = [
  {
    id: 'franz-go',
    describe: 'franz-go 1.22 (kgo + kadm, Go module; kgo defaults: idempotent producer)',
    codecs: [...ALL_CODECS],
    codecGaps: {},
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    ...goModuleDriver('franz-go', 'franz-go-driver'),
  },
  {
    ...saramaGomod,
    id: 'sarama-gomod',
    describe: 'sarama 1.62 (github.com/IBM/sarama, Go module) with its default config.Version (2.8.0)',
    options: { version: 'default' },
  },
  {
    ...saramaGomod,
    id: 'sarama-gomod-kafka4',
    describe: 'sarama 1.62 (Go module) with config.Version 4.3.1, the newest it knows (as a Kafka 4 user sets it)',
    options: { version: '4.3.1' },
  },
  {
    id: 'kafka-go-gomod',
    describe: 'kafka-go 0.4.51 (Go module; Writer with the Hash balancer, Reader per partition)',
    codecs: [...ALL_CODECS],
    codecGaps: {},
    partitioner: 'fnv1a-sarama',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: false, // its decoder returns nil for a zero-length value (read.go readNewBytes)
    emptyHeaderValues: false, // and for a zero-length header value
    reportsExistingTopic: true,
    ...goModuleDriver('kafka-go', 'kafka-go-gomod-driver'),
  },
  {
    id: 'confluent-kafka-python-pypi',
    describe: 'confluent-kafka-python 2.16 (PyPI wheel, bundled librdkafka 2.16)',
    codecs: [...ALL_CODECS],
    codecGaps: {},
    partitioner: 'crc32',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    ...pypiDriver('confluent_kafka', 'confluent-kafka-python/confluent_kafka_driver.py'),
  },
  {
    id: 'kafka-python-pypi',
    describe: 'kafka-python 3.0 (PyPI, pure Python; codecs from python-snappy, lz4, zstandard)',
    codecs: [...ALL_CODECS],
    codecGaps: {},
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    ...pypiDriver('kafka, snappy, lz4.frame, zstandard', 'kafka-python/kafka_python_driver.py'),
  },
  {
    id: 'aiokafka',
    describe: 'aiokafka 0.14 (PyPI, asyncio; codecs through cramjam)',
    codecs: [...ALL_CODECS],
    codecGaps: {},
    partitioner: 'murmur2-java',
    binary: true,
    headers: true,
    timestamps: true,
    emptyValues: true,
    reportsExistingTopic: true,
    ...pypiDriver('aiokafka, cramjam', 'aiokafka/aiokafka_driver.py'),
  },
];
