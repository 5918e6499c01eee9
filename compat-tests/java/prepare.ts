/**
 * Resolves the official Kafka's jars (pom.xml here, into build/kafka-<version>/libs) and compiles the Java drivers
 * (compat-tests/clients/java/src, into build/java/drivers), so a test run starts warm. `.ci/run` calls it; the
 * suites do the same on first use, so running it by hand is optional:
 *
 *   npx tsx compat-tests/java/prepare.ts
 */
import { javaDriverClasspath } from '../lib/java-driver';
import { javaUnavailable, KAFKA_VERSION } from '../lib/kafka-jars';

const missing = javaUnavailable();
if (missing) {
  console.log(`official Kafka ${KAFKA_VERSION} and the Java drivers not prepared: ${missing}`);
} else {
  const started = Date.now();
  const classpath = javaDriverClasspath();
  console.log(
    `official Kafka ${KAFKA_VERSION} jars and Java drivers ready in ${Date.now() - started} ms: ${classpath}`,
  );
}
