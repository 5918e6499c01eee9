package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer-group member for compat-tests/groups (see members.ts): the Java client's KafkaConsumer subscribed to
 * one topic, with `group.protocol` classic or consumer (KIP-848) as the job says. It prints JSON lines (ready,
 * assign, revoke, recs, closed, error) stamped with the wall-clock time, and on "stop" (stdin) closes
 * gracefully: the client's own close commits and leaves the group.
 *
 * Settings: the client's defaults (auto-commit every 5 s and on revoke/close, the default assignors) plus what
 * the scenario fixes for every client: auto.offset.reset=earliest, and for the classic protocol the session
 * timeout of the job (heartbeat a third of it, as the client requires it below the session timeout). KIP-848
 * members take their timeouts from the broker (the client refuses session.timeout.ms with group.protocol=consumer).
 */
public final class GroupMember {
  private static volatile boolean stopping;

  private static synchronized void emit(String ev, Collection<TopicPartition> partitions, List<String> values,
      String message) {
    Instant now = Instant.now();
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("t", now.getEpochSecond() * 1000.0 + now.getNano() / 1e6);
    e.put("ev", ev);
    if (partitions != null) {
      ArrayNode p = e.putArray("p");
      for (TopicPartition tp : partitions) p.add(tp.partition());
    }
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
    String protocol = job.path("protocol").asText("classic");
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, job.get("bootstrap").asText());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, job.get("group").asText());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "compat-java-" + protocol);
    props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (protocol.equals("classic")) {
      int session = job.get("sessionTimeoutMs").asInt();
      props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(session));
      props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(session / 3));
    }
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());

    Thread stdin = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null;) {
          if (line.trim().equals("stop")) break;
        }
      } catch (Exception ignored) {
        // stdin closed: stop as well
      }
      stopping = true;
      consumer.wakeup();
    });
    stdin.setDaemon(true);
    stdin.start();

    try {
      consumer.subscribe(List.of(job.get("topic").asText()), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          if (!partitions.isEmpty()) emit("revoke", partitions, null, null);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          emit("assign", partitions, null, null);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
          if (!partitions.isEmpty()) emit("revoke", partitions, null, null);
        }
      });
      emit("ready", null, null, null);
      while (!stopping) {
        ConsumerRecords<String, String> records;
        try {
          records = consumer.poll(Duration.ofMillis(200));
        } catch (WakeupException e) {
          break;
        }
        if (records.isEmpty()) continue;
        List<String> values = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : records) values.add(r.value());
        emit("recs", null, values, null);
      }
      consumer.close(); // commits (auto-commit), revokes through the listener, leaves the group
      emit("closed", null, null, null);
      System.exit(0);
    } catch (Throwable error) {
      emit("error", null, null, error.toString());
      System.exit(1);
    }
  }
}
