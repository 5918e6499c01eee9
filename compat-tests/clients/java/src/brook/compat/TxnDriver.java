package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.internals.AppInfoParser;

/**
 * The transaction driver of compat-tests/transactions (its txn-protocol.ts): named producers with the Java
 * client's DEFAULT settings (enable.idempotence=true, acks=all; nothing switched off), plus transactional.id for
 * the transactional ones (initTransactions on creation); each send waits for its acknowledgement. Consumers read
 * assigned partitions from the beginning (assign + seekToBeginning, no group) at the step's isolation.level.
 * One job on stdin, one JSON line on stdout.
 */
public final class TxnDriver {
  private static final long SEND_WAIT_MS = 30000;
  /** txn-protocol.ts FAILED_JOB_CONSUME_MS: how long consumes wait once an unexpected step failure decided the job */
  private static final long FAILED_JOB_CONSUME_MS = 3000;
  private boolean failed;
  private final String bootstrap;
  private final Map<String, KafkaProducer<String, String>> producers = new HashMap<>();

  private TxnDriver(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  public static void main(String[] args) throws Exception {
    JsonNode job = Json.MAPPER.readTree(System.in);
    TxnDriver driver = new TxnDriver(job.get("bootstrap").asText());
    ArrayNode steps = Json.MAPPER.createArrayNode();
    for (JsonNode step : job.get("steps")) {
      ObjectNode result;
      try {
        result = driver.run(step);
      } catch (Throwable error) {
        result = Json.failure(step.get("op").asText(), error);
        if (!step.path("mayFail").asBoolean(false)) driver.failed = true;
      }
      steps.add(result);
    }
    for (KafkaProducer<String, String> p : driver.producers.values()) {
      try {
        p.close(Duration.ofSeconds(2));
      } catch (RuntimeException ignored) {
        // a fenced producer may refuse to close cleanly
      }
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("client", "java");
    out.put("version", "kafka-clients " + AppInfoParser.getVersion());
    out.set("steps", steps);
    System.out.println(Json.MAPPER.writeValueAsString(out));
    System.out.flush();
    System.exit(0);
  }

  private KafkaProducer<String, String> named(String name) {
    KafkaProducer<String, String> p = producers.get(name);
    if (p == null) throw new IllegalStateException("no producer named " + name + " (its creation failed?)");
    return p;
  }

  private ObjectNode run(JsonNode step) throws Exception {
    String op = step.get("op").asText();
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("op", op);
    result.put("ok", true);
    String name = step.has("name") ? step.get("name").asText() : null;
    switch (op) {
      case "producer" -> {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "brook-compat-java-txn-" + name);
        JsonNode txnId = step.get("transactionalId");
        if (txnId != null && !txnId.isNull()) props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, txnId.asText());
        if (step.has("idempotent") && !step.get("idempotent").asBoolean()) {
          props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        }
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        producers.put(name, producer);
        if (txnId != null && !txnId.isNull()) producer.initTransactions();
      }
      case "begin" -> named(name).beginTransaction();
      case "send" -> {
        KafkaProducer<String, String> producer = named(name);
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (JsonNode r : step.get("records")) {
          acks.add(producer.send(new ProducerRecord<>(step.get("topic").asText(), r.get("partition").asInt(),
              r.get("key").asText(), r.get("value").asText())));
        }
        for (Future<RecordMetadata> ack : acks) ack.get(SEND_WAIT_MS, TimeUnit.MILLISECONDS);
      }
      case "commit" -> named(name).commitTransaction();
      case "abort" -> named(name).abortTransaction();
      case "close" -> {
        KafkaProducer<String, String> p = producers.remove(name);
        try {
          if (p != null) p.close(Duration.ofSeconds(2));
        } catch (RuntimeException ignored) {
          // a fenced producer may refuse to close cleanly
        }
      }
      case "consume" -> consume(step, result);
      default -> throw new IllegalArgumentException("unknown op " + op);
    }
    return result;
  }

  private void consume(JsonNode step, ObjectNode result) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "brook-compat-java-txn-reader");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, step.get("isolation").asText().toLowerCase(Locale.ROOT));
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    String topic = step.get("topic").asText();
    int count = step.get("count").asInt();
    long graceMs = step.get("graceMs").asLong();
    long timeoutMs = step.get("timeoutMs").asLong();
    long deadline = System.currentTimeMillis() + (failed ? Math.min(timeoutMs, FAILED_JOB_CONSUME_MS) : timeoutMs);
    ArrayNode records = result.putArray("records");
    boolean timedOut = false;
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < step.get("partitions").asInt(); p++) partitions.add(new TopicPartition(topic, p));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Long reachedAt = null;
      while (true) {
        if (records.size() >= count && reachedAt == null) reachedAt = System.currentTimeMillis();
        if (reachedAt != null && System.currentTimeMillis() - reachedAt >= graceMs) break;
        if (System.currentTimeMillis() > deadline) {
          timedOut = reachedAt == null;
          break;
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          ObjectNode o = records.addObject();
          o.put("partition", r.partition());
          o.put("offset", r.offset());
          o.put("key", r.key());
          o.put("value", r.value());
        }
      }
    }
    result.put("timedOut", timedOut);
  }
}
