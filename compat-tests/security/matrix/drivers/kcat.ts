/**
 * kcat in the security matrix, on two librdkafkas: the system's (Debian: 2.0.2) and the 2.15 that
 * @confluentinc/kafka-javascript builds from its bundled sources (CKJS_LINKING=dynamic, see .ci/run) in its
 * build/deps folder, loaded through LD_LIBRARY_PATH: the same kcat 1.7 binary, the newer engine.
 * kcat is a command, not a library, so this module (run inside the test process) is its driver: each check is
 * one or two kcat runs (-P, -G, -L -J), started together. librdkafka keeps retrying a refused login or a
 * refused group and only logs why, so a run that prints an error line is stopped there and the line is its error.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Check, CheckResult, Conn, DriverAnswer } from '../plan';
import { librdkafkaConfig } from './librdkafka';

export interface KcatEngine {
  id: string;
  describe: string;
  env: NodeJS.ProcessEnv;
  /** null when this kcat can run here, else why not */
  unavailable(): string | null;
}

function kcatVersion(env: NodeJS.ProcessEnv): string {
  const out = execFileSync('kcat', ['-V'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 10000 });
  const m = out.match(/Version (\S+).*?librdkafka (\S+)/s);
  return m ? `kcat ${m[1]} (librdkafka ${m[2]})` : 'kcat (version unknown)';
}

function probe(env: NodeJS.ProcessEnv, wanted: RegExp): string | null {
  try {
    const version = kcatVersion(env);
    return wanted.test(version) ? null : `found ${version}, not the librdkafka wanted (${wanted.source})`;
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? 'kcat not installed: apt-get install kcat' : String(error);
  }
}

/** The folder holding the librdkafka.so.1 that @confluentinc/kafka-javascript built, or null. */
function confluentJsLibrdkafkaDir(): string | null {
  try {
    const dir = join(dirname(require.resolve('@confluentinc/kafka-javascript/package.json')), 'build', 'deps');
    return existsSync(join(dir, 'librdkafka.so.1')) ? dir : null;
  } catch {
    return null;
  }
}

export const KCAT_ENGINES: KcatEngine[] = [
  {
    id: 'kcat-librdkafka-2.0',
    describe: "kcat 1.7 on the system's librdkafka (Debian 2.0.2)",
    env: {},
    unavailable: () => probe({}, /librdkafka 2\.0\./),
  },
  {
    id: 'kcat-librdkafka-2.15',
    describe: "kcat 1.7 on @confluentinc/kafka-javascript's librdkafka 2.15 (LD_LIBRARY_PATH)",
    get env() {
      const dir = confluentJsLibrdkafkaDir();
      return dir ? { LD_LIBRARY_PATH: dir } : {};
    },
    unavailable() {
      if (!confluentJsLibrdkafkaDir()) {
        return '@confluentinc/kafka-javascript has no build/deps/librdkafka.so.1 (install it with CKJS_LINKING=dynamic)';
      }
      return probe(this.env, /librdkafka 2\.15\./);
    },
  },
];

interface KcatRun {
  code: number | null;
  stdout: string;
  /** the error line that stopped the run, else kcat's whole stderr */
  error: string;
}

/** A librdkafka log or kcat error line naming why something failed. */
const ERROR_LINE = /% ERROR|SASL authentication error|authorization failed|Authentication failed/i;

function kcat(engine: KcatEngine, conn: Conn, args: string[], stdin = '', timeoutMs = 30000): Promise<KcatRun> {
  const props = Object.entries(librdkafkaConfig(conn)).flatMap(([k, v]) => ['-X', `${k}=${v}`]);
  return new Promise((resolve) => {
    const child = spawn('kcat', [...props, ...args], {
      env: { ...process.env, ...engine.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let stoppedOn = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      const line = stderr.split('\n').find((l) => ERROR_LINE.test(l));
      if (line && !stoppedOn) {
        stoppedOn = line.trim();
        child.kill('SIGKILL');
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const error = stoppedOn || (code === 0 ? '' : stderr.trim() || `kcat exited with ${code} after ${timeoutMs} ms`);
      resolve({ code: stoppedOn ? 1 : code, stdout, error });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

async function produce(engine: KcatEngine, conn: Conn, topic: string, value: string): Promise<string | null> {
  const run = await kcat(engine, conn, ['-P', '-t', topic, '-X', 'message.timeout.ms=25000'], `${value}\n`);
  return run.code === 0 ? null : run.error;
}

/** -G: a balanced consumer in `group` (librdkafka's group protocol), one record. */
async function consumeOne(engine: KcatEngine, conn: Conn, topic: string, group: string): Promise<KcatRun> {
  return kcat(engine, conn, ['-G', group, '-o', 'beginning', '-c', '1', '-u', topic], '', 35000);
}

async function runCheck(engine: KcatEngine, check: Check): Promise<CheckResult> {
  const { conn, topic = '', group = '', value = '', mode } = check;
  switch (check.action) {
    case 'roundtrip': {
      const failed = await produce(engine, conn, topic, value);
      if (failed) return { mode, error: failed };
      const run = await consumeOne(engine, conn, topic, group);
      return run.code === 0 ? { mode, value: run.stdout.trim() } : { mode, error: run.error };
    }
    case 'produce': {
      const failed = await produce(engine, conn, topic, value);
      return failed ? { mode, error: failed } : { mode };
    }
    case 'consume': {
      const run = await consumeOne(engine, conn, topic, group);
      return run.code === 0 ? { mode, value: run.stdout.trim() } : { mode, error: run.error };
    }
    case 'login':
    case 'metadata': {
      const run = await kcat(engine, conn, ['-L', '-J']);
      if (run.code !== 0) return { mode, error: run.error };
      const meta = JSON.parse(run.stdout) as { topics: { topic: string }[] };
      return { mode, topics: meta.topics.map((t) => t.topic) };
    }
  }
}

export async function runKcatMatrix(engine: KcatEngine, checks: Check[]): Promise<DriverAnswer> {
  return { version: kcatVersion(engine.env), results: await Promise.all(checks.map((c) => runCheck(engine, c))) };
}
