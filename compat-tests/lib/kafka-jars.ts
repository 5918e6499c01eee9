/**
 * The official Kafka's jars, resolved by Maven from compat-tests/java/pom.xml into the project's ignored build
 * folder (build/kafka-<version>/libs), and the Java sources of the drivers compiled against them with javac.
 * Both are cached: the jars are copied again only when the pom changes (a stamp holds its hash), the classes
 * only when a source changes. Maven runs offline first (`-o`, fast when ~/.m2 is warm), then online.
 *
 * compat-tests and bench/ use this; nothing here starts a broker (kafka-process.ts does).
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './broker';

export const KAFKA_VERSION = '4.4.0';
export const buildDir = join(repoRoot, 'build');
const pom = join(repoRoot, 'compat-tests', 'java', 'pom.xml');
const libsDir = join(buildDir, `kafka-${KAFKA_VERSION}`, 'libs');
const stampFile = join(buildDir, `kafka-${KAFKA_VERSION}`, 'resolved.sha256');

function commandMissing(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: 'pipe', timeout: 60000 });
    return null;
  } catch (error) {
    const e = error as { code?: string; message: string };
    return e.code === 'ENOENT' ? `${command} not found on PATH` : `${command} ${args.join(' ')} failed: ${e.message}`;
  }
}

let toolsCheck: string | null | undefined;
/** null when java, javac and mvn are on PATH (what the official Kafka and the Java drivers need), else why not. */
export function javaUnavailable(): string | null {
  if (toolsCheck === undefined) {
    toolsCheck =
      commandMissing('java', ['-version']) ?? commandMissing('javac', ['-version']) ?? commandMissing('mvn', ['-v']);
    if (toolsCheck) toolsCheck += ' (the official Kafka and the Java client need a JDK 17+ and Maven)';
  }
  return toolsCheck;
}

const pomHash = () => createHash('sha256').update(readFileSync(pom)).digest('hex');

/**
 * The classpath (a `dir/*` wildcard, which java expands) holding Kafka's broker, tools, clients and Streams jars.
 * Runs Maven when the cache is cold or the pom changed; throws with Maven's output when it fails.
 */
export function kafkaClasspath(): string {
  const hash = pomHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash) return join(libsDir, '*');
  rmSync(libsDir, { recursive: true, force: true });
  const args = ['-B', '-q', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libsDir}`];
  try {
    execFileSync('mvn', ['-o', ...args], { stdio: 'pipe', timeout: 600000 });
  } catch {
    try {
      execFileSync('mvn', args, { stdio: 'pipe', timeout: 1200000 });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
      const out = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.trim().slice(-2000);
      throw new Error(`mvn could not resolve Kafka ${KAFKA_VERSION} (${pom}): ${out || e.message}`);
    }
  }
  writeFileSync(stampFile, `${hash}\n`);
  return join(libsDir, '*');
}

function newestSource(dir: string): { files: string[]; mtime: number } {
  const files: string[] = [];
  let mtime = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.endsWith('.java')) {
        files.push(path);
        mtime = Math.max(mtime, st.mtimeMs);
      }
    }
  };
  walk(dir);
  return { files, mtime };
}

/**
 * Compiles every .java file under `sourceDir` into build/java/<name>/ against Kafka's jars, unless the classes
 * are newer than every source. Returns the classpath to run them with (classes first, then Kafka's jars).
 */
export function compileJava(name: string, sourceDir: string): string {
  const jars = kafkaClasspath();
  const out = join(buildDir, 'java', name);
  const stamp = join(out, '.compiled');
  const { files, mtime } = newestSource(sourceDir);
  const fresh =
    existsSync(stamp) && statSync(stamp).mtimeMs >= mtime && statSync(stamp).mtimeMs >= statSync(stampFile).mtimeMs;
  if (!fresh) {
    // Compile beside, then swap in: a JVM of another run may be loading classes from `out` meanwhile.
    const next = `${out}.next-${process.pid}`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    try {
      execFileSync('javac', ['-nowarn', '-encoding', 'UTF-8', '-d', next, '-cp', jars, ...files], {
        stdio: 'pipe',
        timeout: 300000,
      });
    } catch (error) {
      rmSync(next, { recursive: true, force: true });
      const e = error as { stderr?: Buffer; message: string };
      throw new Error(`javac failed for ${sourceDir}: ${e.stderr?.toString().slice(-2000) ?? e.message}`);
    }
    writeFileSync(join(next, '.compiled'), '');
    const old = `${out}.old-${process.pid}`;
    if (existsSync(out)) renameSync(out, old);
    renameSync(next, out);
    rmSync(old, { recursive: true, force: true });
  }
  return `${out}:${jars}`;
}

/**
 * JVM flags for short-lived test processes on a small, shared machine: a small heap and the quick JIT tier, so
 * start-up stays a second or two. Benchmarks pass their own (Kafka's shipped defaults).
 */
export const SMALL_JVM = ['-Xms32m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xshare:auto'];

/** slf4j-simple settings: warnings and errors on stderr, nothing else. */
export const QUIET_LOG = [
  '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
  '-Dorg.slf4j.simpleLogger.logFile=System.err',
];

/**
 * Why Kafka's CLI tools cannot run from unit tests here, or null: java on PATH (and javac, with `{ javac: true }`,
 * for drivers compiled from source) and the jars already in build/. Never runs Maven (a unit test must not
 * download jars; `npx tsx compat-tests/java/prepare.ts` does).
 */
export function kafkaToolsMissing(options: { javac?: boolean } = {}): string | null {
  const java = commandMissing('java', ['-version']) ?? (options.javac ? commandMissing('javac', ['-version']) : null);
  if (java) return java;
  if (!existsSync(stampFile)) {
    return `the Kafka ${KAFKA_VERSION} jars are not in build/ (npx tsx compat-tests/java/prepare.ts)`;
  }
  return null;
}

/** One run of a Kafka tool's main class (TopicCommand, LeaderElectionCommand...) from the jars, on a small JVM. */
export function runKafkaTool(
  mainClass: string,
  args: string[],
  timeoutMs = 60000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'java',
      [...SMALL_JVM, ...QUIET_LOG, '-cp', join(libsDir, '*'), mainClass, ...args],
      { timeout: timeoutMs },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}
