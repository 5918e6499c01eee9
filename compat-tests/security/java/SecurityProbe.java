import java.io.FileInputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The secured side-by-side suite's Java client driver (kafka-clients 4.4): args = mode, client properties file,
 * topic. Prints one line per step, "<step> OK <detail>" or "<step> ERROR <exception class>", the same on every
 * broker it is pointed at, so the suite compares the lines of Brook and of Kafka.
 *  - roundtrip: produce one record, then consume it back in a group;
 *  - probe: each API on its own (produce, fetch without a group, group consume, create topic, list topics,
 *    describe ACLs), for a principal the ACLs do not allow.
 */
public class SecurityProbe {
  interface Step {
    String run() throws Exception;
  }

  static Properties common;

  public static void main(String[] args) throws Exception {
    common = new Properties();
    try (FileInputStream in = new FileInputStream(args[1])) {
      common.load(in);
    }
    common.put("request.timeout.ms", "10000");
    common.put("default.api.timeout.ms", "15000");
    String topic = args[2];
    if (args[0].equals("roundtrip")) {
      boolean ok = step("produce", () -> produce(topic)) && step("consume", () -> consumeGroup(topic));
      System.exit(ok ? 0 : 2);
    }
    step("produce", () -> produce(topic));
    step("fetch", () -> fetchAssigned(topic));
    step("group-consume", () -> consumeGroup(topic));
    step("create-topic", () -> {
      try (Admin admin = Admin.create(common)) {
        admin.createTopics(Collections.singletonList(new NewTopic(topic + "-new", 1, (short) 1))).all().get();
      }
      return "created";
    });
    step("list-topics", () -> {
      try (Admin admin = Admin.create(common)) {
        return new TreeSet<>(admin.listTopics().names().get()).toString();
      }
    });
    step("describe-acls", () -> {
      try (Admin admin = Admin.create(common)) {
        return admin.describeAcls(AclBindingFilter.ANY).values().get().size() + " acls";
      }
    });
    System.exit(0);
  }

  static boolean step(String name, Step step) {
    try {
      System.out.println(name + " OK " + step.run());
      return true;
    } catch (Throwable e) {
      System.out.println(name + " ERROR " + kafkaCause(e));
      System.err.println(name + ": " + e);
      return false;
    }
  }

  /**
   * The first org.apache.kafka.common.errors exception in the cause chain (what an application catches), else the
   * innermost; a SASL failure with its message.
   */
  static String kafkaCause(Throwable e) {
    Throwable c = e;
    while (c != null) {
      if (c instanceof org.apache.kafka.common.errors.SaslAuthenticationException) {
        // The broker's own words (SaslAuthenticate's error message): Kafka's are compared too.
        return c.getClass().getName() + ": " + c.getMessage();
      }
      if (c.getClass().getName().startsWith("org.apache.kafka.common.errors.")) return c.getClass().getName();
      if (c.getCause() == null) return c.getClass().getName();
      c = c.getCause();
    }
    return e.getClass().getName();
  }

  static String produce(String topic) throws Exception {
    Properties p = new Properties();
    p.putAll(common);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("max.block.ms", "15000");
    p.put("delivery.timeout.ms", "15000");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
    }
    return "sent";
  }

  static KafkaConsumer<String, String> consumer(String group) {
    Properties c = new Properties();
    c.putAll(common);
    c.put("key.deserializer", StringDeserializer.class.getName());
    c.put("value.deserializer", StringDeserializer.class.getName());
    if (group != null) c.put("group.id", group);
    c.put("auto.offset.reset", "earliest");
    c.put("enable.auto.commit", "false");
    return new KafkaConsumer<>(c);
  }

  static String consumeGroup(String topic) throws Exception {
    try (KafkaConsumer<String, String> consumer = consumer("secure-" + topic)) {
      consumer.subscribe(Collections.singletonList(topic));
      return poll(consumer);
    }
  }

  static String fetchAssigned(String topic) throws Exception {
    try (KafkaConsumer<String, String> consumer = consumer(null)) {
      consumer.assign(Collections.singletonList(new TopicPartition(topic, 0)));
      return poll(consumer);
    }
  }

  static String poll(KafkaConsumer<String, String> consumer) {
    long deadline = System.currentTimeMillis() + 20000;
    while (System.currentTimeMillis() < deadline) {
      ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
      if (!records.isEmpty()) return records.iterator().next().value();
    }
    throw new IllegalStateException("no record within 20 s");
  }
}
