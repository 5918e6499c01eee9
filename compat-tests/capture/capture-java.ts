/**
 * Re-records the Java client's request frames into test/protocol/fixtures/captured/java/: starts the official
 * Kafka 4.4 (kafka-process.ts) advertising the port of a recording proxy (record-frames.ts) that forwards to it,
 * then runs JavaWorkload (kafka-clients 4.4 with its default settings: admin, an idempotent producer, a classic
 * and a KIP-848 consumer) through the proxy. Needs java, javac and mvn.
 *
 *   npx tsx compat-tests/capture/capture-java.ts
 */
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, repoRoot } from '../lib/broker';
import { compileJava, javaUnavailable, QUIET_LOG, SMALL_JVM } from '../lib/kafka-jars';
import { KafkaProcess } from '../lib/kafka-process';

const out = join(repoRoot, 'test', 'protocol', 'fixtures', 'captured', 'java');

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  const missing = javaUnavailable();
  if (missing) throw new Error(`cannot capture the Java client: ${missing}`);
  const classpath = compileJava('capture', join(__dirname, 'java'));
  const proxyPort = await freePort();
  // Clients learn broker addresses from Metadata: Kafka must name the proxy, or they would bypass it.
  const kafka = await KafkaProcess.start({ config: { 'advertised.listeners': `PLAINTEXT://127.0.0.1:${proxyPort}` } });
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
      kafka.bootstrap,
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
    await kafka.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
