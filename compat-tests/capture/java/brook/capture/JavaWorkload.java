package brook.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Drives the Java client (kafka-clients 4.4) through admin, produce and consume against the bootstrap address in
 * args[0], so that compat-tests/capture/record-frames.ts saves the request frames it sends. Every client keeps
 * its default settings (the producer's include enable.idempotence=true and acks=all); only what a client cannot
 * run without is set (bootstrap, serializers, group id). Errors are printed, not fatal: a capture wants the
 * requests, whatever the broker answered.
 */
public final class JavaWorkload {
  private static final String TOPIC = "capture-java";

  private static void step(String name, Callable<?> action) {
    try {
      action.call();
      System.out.println("ok " + name);
    } catch (Exception e) {
      System.out.println("failed " + name + ": " + e);
    }
  }

  private static List<ConsumerRecord<String, String>> consume(Properties props, int wanted) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.currentTimeMillis() + 60_000;
      while (seen.size() < wanted && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
      }
      consumer.commitSync();
    }
    if (seen.size() < wanted) throw new IllegalStateException("consumed " + seen.size() + " of " + wanted);
    return seen;
  }

  public static void main(String[] args) throws Exception {
    String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:19092";
    Properties adminProps = new Properties();
    adminProps.put("bootstrap.servers", bootstrap);
    try (Admin admin = Admin.create(adminProps)) {
      step("create topic", () -> admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get());
      step("describe topic", () -> admin.describeTopics(List.of(TOPIC)).allTopicNames().get());
      step("describe cluster", () -> admin.describeCluster().nodes().get());
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
      step("describe configs", () -> admin.describeConfigs(List.of(resource)).all().get());

      Properties producerProps = new Properties();
      producerProps.put("bootstrap.servers", bootstrap);
      producerProps.put("key.serializer", StringSerializer.class.getName());
      producerProps.put("value.serializer", StringSerializer.class.getName());
      step("produce", () -> {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
          for (int i = 0; i < 6; i++) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "key-" + i, "value-" + i);
            record.headers().add("h", ("header-" + i).getBytes());
            producer.send(record).get();
          }
        }
        return null;
      });

      for (String protocol : List.of("classic", "consumer")) {
        Properties consumerProps = new Properties();
        consumerProps.put("bootstrap.servers", bootstrap);
        consumerProps.put("group.id", "capture-java-" + protocol);
        consumerProps.put("group.protocol", protocol);
        consumerProps.put("auto.offset.reset", "earliest");
        consumerProps.put("key.deserializer", StringDeserializer.class.getName());
        consumerProps.put("value.deserializer", StringDeserializer.class.getName());
        step("consume (group.protocol=" + protocol + ")", () -> consume(consumerProps, 6));
      }

      TopicPartition p0 = new TopicPartition(TOPIC, 0);
      step("list offsets", () -> admin.listOffsets(Map.of(p0, OffsetSpec.latest())).all().get());
      step("list groups", () -> admin.listGroups().all().get());
      step("describe groups", () -> admin.describeConsumerGroups(List.of("capture-java-classic")).all().get());
      step("group offsets", () -> admin.listConsumerGroupOffsets("capture-java-classic").partitionsToOffsetAndMetadata().get());
      step("delete records", () -> admin.deleteRecords(Map.of(p0, RecordsToDelete.beforeOffset(1))).all().get());
      step("delete groups", () -> admin.deleteConsumerGroups(Set.of("capture-java-classic")).all().get());
      step("delete topic", () -> admin.deleteTopics(List.of(TOPIC)).all().get());
    }
  }
}
