/**
 * The official Kafka 4.4 beside Brook in the broker bench (issue 11's "benchmark peer"): one KRaft node started
 * by compat-tests' process starter (compat-tests/lib/kafka-process.ts, jars resolved by Maven), with the JVM
 * flags Kafka's own scripts ship (kafka-server-start.sh's 1 GiB heap, kafka-run-class.sh's G1 settings) and
 * the broker settings of Kafka's shipped server.properties. Durability is the same on both: neither Brook nor
 * Kafka fsyncs per message by default (log.flush.interval.messages is Long.MAX on both: the page cache and
 * replication carry durability), and both run one replica, so acks=-1 waits for the leader alone.
 */
import { javaUnavailable, kafkaClasspath } from '../compat-tests/lib/kafka-jars';
import { KafkaProcess } from '../compat-tests/lib/kafka-process';
import type { BrokerTarget } from './broker-figures';

/** bin/kafka-server-start.sh (KAFKA_HEAP_OPTS) and bin/kafka-run-class.sh (KAFKA_JVM_PERFORMANCE_OPTS). */
export const KAFKA_SHIPPED_JVM = [
  '-Xmx1G',
  '-Xms1G',
  '-server',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:InitiatingHeapOccupancyPercent=35',
  '-XX:+ExplicitGCInvokesConcurrent',
  '-XX:MaxInlineLevel=15',
  '-Djava.awt.headless=true',
];

export interface KafkaPeer {
  target: BrokerTarget;
  /** The classpath holding kafka-tools (ProducerPerformance, ConsumerPerformance). */
  classpath: string;
  describe: string;
  stop(): Promise<void>;
}

/** Starts Kafka 4.4, or says why it cannot run here (no JDK or Maven; BENCH_KAFKA=0 skips it on purpose). */
export async function startKafkaPeer(): Promise<KafkaPeer | string> {
  if (process.env.BENCH_KAFKA === '0') return 'skipped (BENCH_KAFKA=0)';
  const missing = javaUnavailable();
  if (missing) return missing;
  const classpath = kafkaClasspath();
  const kafka = await KafkaProcess.start({ jvm: KAFKA_SHIPPED_JVM });
  const port = Number(kafka.bootstrap.split(':').at(-1));
  return {
    target: { label: `Kafka ${kafka.version}`, port },
    classpath,
    describe: kafka.describe,
    stop: () => kafka.destroy(),
  };
}
