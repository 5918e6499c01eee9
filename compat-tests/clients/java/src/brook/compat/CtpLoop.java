package brook.compat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A consume-transform-produce loop, exactly once (compat-tests/transactions/ctp.test.ts): a group consumer at
 * read_committed with auto commit off, a transactional producer (fixed transactional.id, so a restarted loop fences
 * the one it replaces and its open transaction is aborted), and per poll one transaction: the transformed records
 * to the output topic plus the consumed offsets through sendOffsetsToTransaction(offsets, groupMetadata()). Any
 * error ends the process with status 1 (the test restarts it, as a supervisor would); the test also SIGKILLs it.
 * Prints "committed <records>" after each commit. Arguments: bootstrap, group, transactional.id, input, output,
 * and the pause in ms inside each transaction (slow enough that the test's kills land mid-stream).
 */
public final class CtpLoop {
  public static void main(String[] args) {
    String bootstrap = args[0];
    String group = args[1];
    String txnId = args[2];
    String input = args[3];
    String output = args[4];
    long pauseMs = Long.parseLong(args[5]);

    Properties cprops = new Properties();
    cprops.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    cprops.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    cprops.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cprops.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    cprops.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    cprops.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10");
    // A SIGKILLed loop's partitions move to its successor once this session expires (the broker allows 1 s+).
    cprops.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "3000");
    cprops.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "500");
    Properties pprops = new Properties();
    pprops.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    pprops.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, txnId);

    try (KafkaConsumer<String, String> consumer =
            new KafkaConsumer<>(cprops, new StringDeserializer(), new StringDeserializer());
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(pprops, new StringSerializer(), new StringSerializer())) {
      producer.initTransactions();
      consumer.subscribe(List.of(input));
      long committed = 0;
      while (true) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) continue;
        producer.beginTransaction();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
          producer.send(new ProducerRecord<>(output, r.key(), "out:" + r.value()));
          offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        Thread.sleep(pauseMs);
        producer.commitTransaction();
        committed += records.count();
        System.out.println("committed " + committed);
        System.out.flush();
      }
    } catch (Throwable error) {
      System.err.println("ctp loop failed: " + error);
      System.exit(1);
    }
  }
}
