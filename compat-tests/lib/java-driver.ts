/**
 * How the Java drivers (compat-tests/clients/java/src, one source tree: step driver, group member, admin, tools)
 * are run: compiled once per source change with javac against the Maven-resolved Kafka jars (kafka-jars.ts),
 * started as `java -cp build/java/drivers:libs/* <main class>` with a small heap and quiet logging.
 */
import { join } from 'node:path';
import { repoRoot } from './broker';
import { compileJava, javaUnavailable, QUIET_LOG, SMALL_JVM } from './kafka-jars';

const sources = join(repoRoot, 'compat-tests', 'clients', 'java', 'src');

let classpath: string | undefined;
/** Compiles the Java drivers if needed (cached on disk) and returns their classpath. */
export function javaDriverClasspath(): string {
  classpath ??= compileJava('drivers', sources);
  return classpath;
}

/** `java ... mainClass ...args` for a Java driver (compiles on first use). */
export function javaCommand(mainClass: string, args: string[] = []): { command: string; args: string[] } {
  return { command: 'java', args: [...SMALL_JVM, ...QUIET_LOG, '-cp', javaDriverClasspath(), mainClass, ...args] };
}

/** The unavailable()/prepare() pair of a ClientSpec whose driver is a Java main class. */
export function javaDriver(mainClass: string): {
  unavailable(): string | null;
  prepare(): ReturnType<typeof javaCommand>;
} {
  return { unavailable: javaUnavailable, prepare: () => javaCommand(mainClass) };
}
