import java.io.FileInputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Brook's security test driver for the Java client: args = client properties file, topic. Produces one record
 * and reads it back with the given security settings; prints "OK <value>", or "ERROR <class>: <message>" and
 * exits 2 (the test checks the exception Kafka's client raises, e.g. SaslAuthenticationException).
 */
public class SecureRoundTrip {
  public static void main(String[] args) throws Exception {
    Properties common = new Properties();
    try (FileInputStream in = new FileInputStream(args[0])) {
      common.load(in);
    }
    String topic = args[1];
    try {
      Properties p = new Properties();
      p.putAll(common);
      p.put("key.serializer", StringSerializer.class.getName());
      p.put("value.serializer", StringSerializer.class.getName());
      p.put("max.block.ms", "15000");
      p.put("delivery.timeout.ms", "15000");
      p.put("request.timeout.ms", "10000");
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
        producer.send(new ProducerRecord<>(topic, "k", "hello from java")).get();
      }
      Properties c = new Properties();
      c.putAll(common);
      c.put("key.deserializer", StringDeserializer.class.getName());
      c.put("value.deserializer", StringDeserializer.class.getName());
      c.put("group.id", "secure-java-" + topic);
      c.put("auto.offset.reset", "earliest");
      try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
        consumer.subscribe(Collections.singletonList(topic));
        long deadline = System.currentTimeMillis() + 20000;
        while (System.currentTimeMillis() < deadline) {
          ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
          if (!records.isEmpty()) {
            System.out.println("OK " + records.iterator().next().value());
            return;
          }
        }
      }
      System.out.println("ERROR timeout: no record consumed");
      System.exit(2);
    } catch (Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof org.apache.kafka.common.KafkaException && cause.getMessage() != null && cause.getMessage().contains("uthentication")))
        cause = cause.getCause();
      System.out.println("ERROR " + cause.getClass().getName() + ": " + cause.getMessage());
      System.exit(2);
    }
  }
}
