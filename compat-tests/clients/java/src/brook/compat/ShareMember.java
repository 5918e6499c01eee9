package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A share group member for compat-tests/share (KIP-932): the Java client's KafkaShareConsumer with its default
 * settings (implicit acknowledgement: what a poll returned is accepted at the next poll or at close), subscribed to
 * one topic. First it sets the group's share.auto.offset.reset to earliest through the Admin client (the GROUP config
 * resource; every member does it, the same value). It prints a JSON line per poll that returned records ("recs", the
 * values) and "closed" when done: once `idleMs` passed without a record after the first one, or `maxMs` in all.
 */
public final class ShareMember {
  private static void emit(String ev, List<String> values, String message) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("ev", ev);
    if (values != null) {
      ArrayNode v = e.putArray("v");
      for (String s : values) v.add(s);
    }
    if (message != null) e.put("message", message);
    System.out.println(e);
    System.out.flush();
  }

  public static void main(String[] args) throws Exception {
    JsonNode job = Json.MAPPER.readTree(args[0]);
    String bootstrap = job.get("bootstrap").asText();
    String group = job.get("group").asText();
    long idleMs = job.path("idleMs").asLong(6000);
    long maxMs = job.path("maxMs").asLong(60000);
    try {
      Properties adminProps = new Properties();
      adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      try (Admin admin = Admin.create(adminProps)) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.GROUP, group);
        AlterConfigOp earliest =
            new AlterConfigOp(new ConfigEntry("share.auto.offset.reset", "earliest"), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(earliest))).all().get();
      }
      Properties props = new Properties();
      props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
      props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      try (KafkaShareConsumer<String, String> consumer = new KafkaShareConsumer<>(props)) {
        consumer.subscribe(List.of(job.get("topic").asText()));
        emit("ready", null, null);
        long start = System.currentTimeMillis();
        long lastRecord = -1;
        while (System.currentTimeMillis() - start < maxMs
            && (lastRecord < 0 || System.currentTimeMillis() - lastRecord < idleMs)) {
          ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
          if (records.isEmpty()) continue;
          List<String> values = new ArrayList<>();
          for (ConsumerRecord<String, String> r : records) values.add(r.value());
          lastRecord = System.currentTimeMillis();
          emit("recs", values, null);
        }
      }
      emit("closed", null, null);
    } catch (Exception e) {
      emit("error", null, String.valueOf(e));
      System.exit(1);
    }
  }
}
