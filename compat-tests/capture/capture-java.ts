/**
 * Re-records the Java client's request frames into test/protocol/fixtures/captured/: runs JavaWorkload
 * (kafka-clients 4.4 with its default settings: admin, an idempotent producer, a classic and a KIP-848 consumer)
 * through a recording proxy (record-frames.ts) in front of
 *  - the official Kafka 4.4 (kafka-process.ts) into `java/`: the versions the client speaks to Kafka, and
 *  - Brook built from this tree (`bin/brook.js serve`, as a user starts it) into `java-brook/`: the versions it
 *    negotiates with Brook, all within the generated codecs' range.
 * Each broker advertises the proxy's port, so the client never bypasses it. Needs java, javac and mvn, and
 * `npm run build` for the Brook run.
 *
 *   npx tsx compat-tests/capture/capture-java.ts [kafka|brook]   (default: both)
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, repoRoot } from '../lib/broker';
import { compileJava, javaUnavailable, QUIET_LOG, SMALL_JVM } from '../lib/kafka-jars';
import { KafkaProcess } from '../lib/kafka-process';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A broker the workload runs against, advertising `proxyPort`; returns its address and how to stop it. */
type Target = (proxyPort: number) => Promise<{ bootstrap: string; stop(): Promise<void> }>;

const kafkaTarget: Target = async (proxyPort) => {
  // Clients learn broker addresses from Metadata: Kafka must name the proxy, or they would bypass it.
  const kafka = await KafkaProcess.start({ config: { 'advertised.listeners': `PLAINTEXT://127.0.0.1:${proxyPort}` } });
  return { bootstrap: kafka.bootstrap, stop: () => kafka.destroy() };
};

const brookTarget: Target = async (proxyPort) => {
  if (!existsSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'brook-capture-'));
  const brook = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'brook.js'),
      'serve',
      '--port',
      String(port),
      '--advertised-listeners',
      `PLAINTEXT://127.0.0.1:${proxyPort}`,
      '--data-dir',
      dataDir,
      '--set',
      'group.initial.rebalance.delay.ms=0',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  while (!(await listening(port))) await new Promise((r) => setTimeout(r, 200));
  return {
    bootstrap: `127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((done) => brook.once('exit', done));
      brook.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

async function capture(target: Target, classpath: string, dir: string): Promise<void> {
  const out = join(repoRoot, 'test', 'protocol', 'fixtures', 'captured', dir);
  const proxyPort = await freePort();
  const broker = await target(proxyPort);
  rmSync(out, { recursive: true, force: true });
  const proxy = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, 'record-frames.ts'),
      '--listen',
      String(proxyPort),
      '--upstream',
      broker.bootstrap,
      '--out',
      out,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  try {
    while (!(await listening(proxyPort))) await new Promise((r) => setTimeout(r, 200));
    await new Promise<void>((resolve) => {
      const java = execFile(
        'java',
        [...SMALL_JVM, ...QUIET_LOG, '-cp', classpath, 'brook.capture.JavaWorkload', `127.0.0.1:${proxyPort}`],
        { timeout: 300000 },
        (error) => {
          if (error) console.log(`workload exited: ${error.message}`);
          resolve();
        },
      );
      java.stdout?.pipe(process.stdout);
      java.stderr?.pipe(process.stderr);
    });
  } finally {
    proxy.kill('SIGTERM');
    await broker.stop();
  }
}

async function main(): Promise<void> {
  const missing = javaUnavailable();
  if (missing) throw new Error(`cannot capture the Java client: ${missing}`);
  const classpath = compileJava('capture', join(__dirname, 'java'));
  const which = process.argv[2];
  if (which !== 'brook') await capture(kafkaTarget, classpath, 'java');
  if (which !== 'kafka') await capture(brookTarget, classpath, 'java-brook');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
