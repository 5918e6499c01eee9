package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.internals.AppInfoParser;

/**
 * The Java client (kafka-clients) as a compat driver: one job on stdin, one result line on stdout, as
 * compat-tests/lib/driver-protocol.ts describes. Producer, consumer and Admin keep the client's DEFAULT settings
 * (the producer's defaults are enable.idempotence=true and acks=all); the driver sets only what a job names:
 * bootstrap.servers, the step's compression.type, byte-array (de)serializers. Consumers read assigned partitions
 * without a group (assign + seek), like the other drivers.
 */
public final class StepDriver {
  private static final String MARKER = Base64.getEncoder().encodeToString("__compat_marker__".getBytes());
  /** A produce step waits this long for its acknowledgements before reporting a failure (not a client setting). */
  private static final long PRODUCE_WAIT_MS = 30000;

  private final String bootstrap;
  private final Admin admin;
  private final Map<String, KafkaProducer<byte[], byte[]>> producers = new HashMap<>();
  private Long mark;

  private StepDriver(String bootstrap) {
    this.bootstrap = bootstrap;
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "brook-compat-java-admin");
    this.admin = Admin.create(props);
  }

  public static void main(String[] args) throws Exception {
    JsonNode job = Json.MAPPER.readTree(System.in);
    StepDriver driver = new StepDriver(job.get("bootstrap").asText());
    ArrayNode steps = Json.MAPPER.createArrayNode();
    for (JsonNode step : job.get("steps")) {
      ObjectNode result;
      try {
        result = driver.run(step);
      } catch (Throwable error) {
        result = Json.failure(step.get("op").asText(), error);
      }
      steps.add(result);
    }
    driver.close();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("client", "java");
    out.put("version", "kafka-clients " + AppInfoParser.getVersion());
    out.set("steps", steps);
    System.out.println(Json.MAPPER.writeValueAsString(out));
    System.out.flush();
    System.exit(0);
  }

  private ObjectNode run(JsonNode step) throws Exception {
    String op = step.get("op").asText();
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("op", op);
    result.put("ok", true);
    switch (op) {
      case "create" -> {
        NewTopic topic = new NewTopic(step.get("topic").asText(), step.get("partitions").asInt(), (short) 1);
        admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
      }
      case "partitions" -> {
        String topic = step.get("topic").asText();
        int count = admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic)
            .partitions().size();
        result.put("count", count);
      }
      case "produce" -> result.set("results", produce(step.get("topic").asText(), step.get("compression").asText(),
          step.get("records")));
      case "consume" -> consume(step, result);
      case "sleep" -> Thread.sleep(step.get("ms").asLong());
      case "mark" -> {
        mark = System.currentTimeMillis();
        result.put("time", mark);
      }
      case "touch" -> Files.write(Path.of(step.get("path").asText()), new byte[0]);
      case "waitFor" -> {
        long deadline = System.currentTimeMillis() + step.get("timeoutMs").asLong();
        while (!Files.exists(Path.of(step.get("path").asText()))) {
          if (System.currentTimeMillis() > deadline) throw new IllegalStateException("timed out waiting for " + step.get("path").asText());
          Thread.sleep(50);
        }
      }
      default -> throw new IllegalArgumentException("unknown op " + op);
    }
    return result;
  }

  /** One producer per codec for the whole job (the restart scenario needs the same producer before and after). */
  private KafkaProducer<byte[], byte[]> producer(String compression) {
    return producers.computeIfAbsent(compression, codec -> {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "brook-compat-java-" + codec);
      props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec);
      return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    });
  }

  private ArrayNode produce(String topic, String compression, JsonNode records) throws Exception {
    KafkaProducer<byte[], byte[]> producer = producer(compression);
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (JsonNode r : records) {
      RecordHeaders headers = new RecordHeaders();
      for (JsonNode h : r.get("headers")) headers.add(h.get(0).asText(), Json.bytes(h.get(1)));
      Integer partition = r.hasNonNull("partition") ? r.get("partition").asInt() : null;
      Long timestamp = r.hasNonNull("timestamp") ? r.get("timestamp").asLong() : null;
      sent.add(producer.send(new ProducerRecord<>(topic, partition, timestamp, Json.bytes(r.get("key")),
          Json.bytes(r.get("value")), headers)));
    }
    producer.flush();
    ArrayNode results = Json.MAPPER.createArrayNode();
    long deadline = System.currentTimeMillis() + PRODUCE_WAIT_MS;
    for (Future<RecordMetadata> f : sent) {
      RecordMetadata md = f.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
      ObjectNode where = results.addObject();
      where.put("partition", md.partition());
      where.put("offset", md.offset());
    }
    return results;
  }

  private void consume(JsonNode step, ObjectNode result) throws Exception {
    String topic = step.get("topic").asText();
    int partitions = step.get("partitions").asInt();
    int count = step.get("count").asInt();
    long deadline = System.currentTimeMillis() + step.get("timeoutMs").asLong();
    JsonNode from = step.get("from");
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "brook-compat-java-consumer");
    ArrayNode records = Json.MAPPER.createArrayNode();
    boolean timedOut = false;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> tps = new ArrayList<>();
      for (int p = 0; p < partitions; p++) tps.add(new TopicPartition(topic, p));
      consumer.assign(tps);
      if (from.isTextual() && from.asText().equals("earliest")) consumer.seekToBeginning(tps);
      else if (from.isTextual() && from.asText().equals("latest")) {
        consumer.seekToEnd(tps);
        for (TopicPartition tp : tps) consumer.position(tp); // resolve the end now, before the markers
      } else if (from.has("offsets")) {
        for (int p = 0; p < partitions; p++) consumer.seek(tps.get(p), from.get("offsets").get(p).asLong());
      } else {
        JsonNode ts = from.get("timestamp");
        long time = ts.isTextual() ? requireMark() : ts.asLong();
        Map<TopicPartition, Long> query = new HashMap<>();
        for (TopicPartition tp : tps) query.put(tp, time);
        for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : consumer.offsetsForTimes(query).entrySet()) {
          if (e.getValue() == null) consumer.seekToEnd(List.of(e.getKey()));
          else consumer.seek(e.getKey(), e.getValue().offset());
        }
      }
      int nonMarkers = 0;
      if (from.isTextual() && from.asText().equals("latest")) {
        // Markers to every partition until each came back: only then is the consumer positioned at the end.
        Set<Integer> seen = new HashSet<>();
        while (seen.size() < partitions && !timedOut) {
          if (System.currentTimeMillis() > deadline) timedOut = true;
          else {
            ArrayNode markers = Json.MAPPER.createArrayNode();
            for (int p = 0; p < partitions; p++) {
              ObjectNode m = markers.addObject();
              m.putNull("key");
              m.put("value", MARKER);
              m.putArray("headers");
              m.put("partition", p);
            }
            produce(topic, "none", markers);
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
              ObjectNode out = add(records, r);
              if (MARKER.equals(out.path("value").asText(null))) seen.add(r.partition());
              else nonMarkers++;
            }
          }
        }
        if (!timedOut && step.hasNonNull("probe")) {
          produce(topic, step.get("probe").get("compression").asText(), step.get("probe").get("records"));
        }
      }
      while (!timedOut && nonMarkers < count) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          timedOut = true;
          break;
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(Math.min(1000, Math.max(50, left))))) {
          ObjectNode out = add(records, r);
          if (!MARKER.equals(out.path("value").asText(null))) nonMarkers++;
        }
      }
    }
    result.set("records", records);
    result.put("timedOut", timedOut);
  }

  private long requireMark() {
    if (mark == null) throw new IllegalStateException("consume from mark without a preceding mark step");
    return mark;
  }

  private static ObjectNode add(ArrayNode records, ConsumerRecord<byte[], byte[]> r) {
    ObjectNode out = records.addObject();
    out.put("partition", r.partition());
    out.put("offset", r.offset());
    Json.putBytes(out, "key", r.key());
    Json.putBytes(out, "value", r.value());
    ArrayNode headers = out.putArray("headers");
    for (Header h : r.headers()) {
      ArrayNode pair = headers.addArray();
      pair.add(h.key());
      if (h.value() == null) pair.addNull();
      else pair.add(Base64.getEncoder().encodeToString(h.value()));
    }
    out.put("timestamp", r.timestamp());
    return out;
  }

  private void close() {
    for (KafkaProducer<byte[], byte[]> p : producers.values()) p.close(Duration.ofSeconds(5));
    admin.close(Duration.ofSeconds(5));
  }
}
