package brook.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The Java client's Admin (kafka-clients 4.4, default settings) calling every admin API Brook serves, one JSON
 * line per operation on stdout: {"op", "ok", "detail"} or {"op", "ok": false, "error"}. Each operation checks
 * what it got back (a wrong answer is a failure, not only an error code). Arguments: bootstrap, a topic name to
 * create and delete, a topic already holding 2 records in each of its 3 partitions (made by the test), a group id.
 */
public final class AdminDriver {
  private static final long WAIT = 60;

  interface Op {
    String run() throws Exception;
  }

  private static void op(String name, Op body) {
    ObjectNode out;
    try {
      String detail = body.run();
      out = Json.MAPPER.createObjectNode();
      out.put("op", name);
      out.put("ok", true);
      out.put("detail", detail);
    } catch (Throwable error) {
      out = Json.failure(name, error);
    }
    System.out.println(out);
    System.out.flush();
  }

  private static void check(boolean ok, String what) {
    if (!ok) throw new IllegalStateException(what);
  }

  /**
   * Retries a read-back check for up to 10 s: Kafka applies an admin change through its metadata log, so the broker
   * answering a Describe right after may still show the previous state (Brook applies it before answering).
   */
  private static void eventually(Op check) throws Exception {
    for (int i = 0; ; i++) {
      try {
        check.run();
        return;
      } catch (IllegalStateException e) {
        if (i >= 40) throw e;
        Thread.sleep(250);
      }
    }
  }

  private static <T> T get(org.apache.kafka.common.KafkaFuture<T> f) throws Exception {
    return f.get(WAIT, TimeUnit.SECONDS);
  }

  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    String data = args[2];
    String group = args[3];
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "brook-compat-java-admin");
    ConfigResource topicResource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    List<TopicPartition> dataPartitions =
        List.of(new TopicPartition(data, 0), new TopicPartition(data, 1), new TopicPartition(data, 2));
    try (Admin admin = Admin.create(props)) {
      op("describeCluster", () -> {
        DescribeClusterResult cluster = admin.describeCluster();
        Collection<?> nodes = get(cluster.nodes());
        String id = get(cluster.clusterId());
        check(!nodes.isEmpty() && id != null && get(cluster.controller()) != null, "nodes, cluster id and controller");
        return nodes.size() + " node(s), cluster " + id;
      });
      op("describeFeatures", () -> {
        var features = get(admin.describeFeatures().featureMetadata());
        return "supported " + features.supportedFeatures().keySet();
      });
      op("createTopics", () -> {
        get(admin.createTopics(List.of(new NewTopic(topic + "-check", 2, (short) 1)),
            new CreateTopicsOptions().validateOnly(true)).all());
        get(admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
            .configs(Map.of("retention.ms", "86400000")))).all());
        return "created " + topic + " (and validated " + topic + "-check without creating it)";
      });
      op("listTopics", () -> {
        Set<String> names = get(admin.listTopics().names());
        check(names.contains(topic) && names.contains(data), "listTopics has " + topic + " and " + data);
        check(!names.contains(topic + "-check"), "the validate-only topic was not created");
        return names.size() + " topics";
      });
      op("describeTopics", () -> {
        TopicDescription d = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        check(d.partitions().size() == 3, "3 partitions, got " + d.partitions().size());
        d.partitions().forEach(p -> check(p.leader() != null && p.leader().id() >= 0, "partition " + p.partition() + " led"));
        return "3 partitions, each with a leader; topic id " + d.topicId();
      });
      op("createPartitions", () -> {
        get(admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(4))).all());
        eventually(() -> {
          int n = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().size();
          check(n == 4, "4 partitions after createPartitions, got " + n);
          return "";
        });
        return "4 partitions";
      });
      op("describeConfigs", () -> {
        Config c = get(admin.describeConfigs(List.of(topicResource)).all()).get(topicResource);
        ConfigEntry e = c.get("retention.ms");
        check(e != null && "86400000".equals(e.value()), "retention.ms=86400000, got " + e);
        check(e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, "source DYNAMIC_TOPIC_CONFIG, got " + e.source());
        ConfigEntry segment = c.get("segment.bytes");
        check(segment != null && segment.isDefault(), "segment.bytes present and default, got " + segment);
        return "retention.ms=86400000 (" + e.source() + "), " + c.entries().size() + " entries";
      });
      op("describeConfigs-broker", () -> {
        String id = String.valueOf(get(admin.describeCluster().nodes()).iterator().next().id());
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, id);
        Config c = get(admin.describeConfigs(List.of(broker)).all()).get(broker);
        ConfigEntry e = c.get("message.max.bytes");
        check(e != null && "1048588".equals(e.value()), "message.max.bytes=1048588, got " + e);
        return c.entries().size() + " broker entries";
      });
      op("incrementalAlterConfigs", () -> {
        get(admin.incrementalAlterConfigs(Map.of(topicResource, List.of(
            new AlterConfigOp(new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry("cleanup.policy", "compact"), AlterConfigOp.OpType.SET)))).all());
        eventually(() -> {
          Config c = get(admin.describeConfigs(List.of(topicResource)).all()).get(topicResource);
          check("3600000".equals(c.get("retention.ms").value()), "retention.ms=3600000, got " + c.get("retention.ms"));
          check("compact".equals(c.get("cleanup.policy").value()), "cleanup.policy=compact, got " + c.get("cleanup.policy"));
          return "";
        });
        return "retention.ms=3600000, cleanup.policy=compact";
      });
      op("listOffsets", () -> {
        ListOffsetsResult latest = admin.listOffsets(Map.of(dataPartitions.get(0), OffsetSpec.latest(),
            dataPartitions.get(1), OffsetSpec.latest(), dataPartitions.get(2), OffsetSpec.latest()));
        for (TopicPartition tp : dataPartitions) {
          long o = get(latest.partitionResult(tp)).offset();
          check(o == 2, tp + " latest 2, got " + o);
        }
        long earliest = get(admin.listOffsets(Map.of(dataPartitions.get(0), OffsetSpec.earliest())).partitionResult(dataPartitions.get(0))).offset();
        check(earliest == 0, "earliest 0, got " + earliest);
        var maxTs = get(admin.listOffsets(Map.of(dataPartitions.get(0), OffsetSpec.maxTimestamp())).partitionResult(dataPartitions.get(0)));
        check(maxTs.offset() >= 0 && maxTs.offset() < 2, "max-timestamp offset in [0, 2), got " + maxTs.offset());
        return "latest 2/2/2, earliest 0, max timestamp at offset " + maxTs.offset();
      });
      op("alterConsumerGroupOffsets", () -> {
        get(admin.alterConsumerGroupOffsets(group, Map.of(dataPartitions.get(0), new OffsetAndMetadata(1, "m0"),
            dataPartitions.get(1), new OffsetAndMetadata(2))).all());
        return "committed 1 and 2 for " + group;
      });
      op("listConsumerGroupOffsets", () -> {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        check(offsets.get(dataPartitions.get(0)).offset() == 1 && "m0".equals(offsets.get(dataPartitions.get(0)).metadata()),
            "partition 0 at 1 with metadata m0, got " + offsets.get(dataPartitions.get(0)));
        check(offsets.get(dataPartitions.get(1)).offset() == 2, "partition 1 at 2, got " + offsets.get(dataPartitions.get(1)));
        return offsets.size() + " committed offsets";
      });
      op("listGroups", () -> {
        Collection<GroupListing> groups = get(admin.listGroups().all());
        check(groups.stream().anyMatch(g -> g.groupId().equals(group)), group + " listed, got " + groups);
        return groups.size() + " group(s)";
      });
      op("describeConsumerGroups", () -> {
        ConsumerGroupDescription d = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        check(d.groupState() == GroupState.EMPTY, "state EMPTY, got " + d.groupState());
        check(d.members().isEmpty(), "no members");
        return "state " + d.groupState() + ", type " + d.type();
      });
      op("deleteConsumerGroupOffsets", () -> {
        get(admin.deleteConsumerGroupOffsets(group, Set.of(dataPartitions.get(1))).all());
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        check(!offsets.containsKey(dataPartitions.get(1)) || offsets.get(dataPartitions.get(1)) == null, "partition 1 offset deleted, got " + offsets);
        return "partition 1's offset deleted";
      });
      op("deleteConsumerGroups", () -> {
        get(admin.deleteConsumerGroups(List.of(group)).all());
        Collection<GroupListing> groups = get(admin.listGroups().all());
        check(groups.stream().noneMatch(g -> g.groupId().equals(group)), group + " gone, got " + groups);
        return group + " deleted";
      });
      op("deleteRecords", () -> {
        long low = get(admin.deleteRecords(Map.of(dataPartitions.get(0), RecordsToDelete.beforeOffset(1))).lowWatermarks()
            .get(dataPartitions.get(0))).lowWatermark();
        check(low == 1, "low watermark 1, got " + low);
        long earliest = get(admin.listOffsets(Map.of(dataPartitions.get(0), OffsetSpec.earliest())).partitionResult(dataPartitions.get(0))).offset();
        check(earliest == 1, "earliest 1 after deleteRecords, got " + earliest);
        return "low watermark 1";
      });
      // A transactional producer with an open transaction on the data topic: what the transaction admin APIs see.
      String txnId = group + "-txn";
      Properties producerProps = new Properties();
      producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, txnId);
      producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps);
      op("listTransactions", () -> {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(data, 1, null, "in-txn".getBytes())).get(WAIT, TimeUnit.SECONDS);
        Collection<TransactionListing> ongoing =
            get(admin.listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING))).all());
        check(ongoing.stream().anyMatch(t -> t.transactionalId().equals(txnId)), txnId + " listed as Ongoing: " + ongoing);
        return ongoing.size() + " ongoing";
      });
      op("describeTransactions", () -> {
        TransactionDescription d = get(admin.describeTransactions(List.of(txnId)).description(txnId));
        check(d.state() == TransactionState.ONGOING, "state Ongoing, got " + d.state());
        check(d.topicPartitions().equals(Set.of(new TopicPartition(data, 1))), "partitions " + d.topicPartitions());
        check(d.transactionStartTimeMs().isPresent(), "a start time");
        return d.state() + " " + d.topicPartitions() + " epoch " + d.producerEpoch();
      });
      op("fenceProducers", () -> {
        get(admin.fenceProducers(List.of(txnId)).all());
        try {
          producer.commitTransaction();
          throw new IllegalStateException("the fenced producer committed");
        } catch (ProducerFencedException | InvalidProducerEpochException expected) {
          // as Kafka: the old epoch is fenced
        }
        eventually(() -> {
          TransactionState state = get(admin.describeTransactions(List.of(txnId)).description(txnId)).state();
          check(state == TransactionState.COMPLETE_ABORT || state == TransactionState.EMPTY, "aborted by the fence, got " + state);
          return null;
        });
        return txnId + " fenced, its transaction aborted";
      });
      producer.close(Duration.ofSeconds(5));
      op("describeLogDirs", () -> {
        int id = get(admin.describeCluster().nodes()).iterator().next().id();
        Map<String, LogDirDescription> dirs = get(admin.describeLogDirs(List.of(id)).allDescriptions()).get(id);
        long replicas = dirs.values().stream().flatMap(d -> d.replicaInfos().keySet().stream())
            .filter(tp -> tp.topic().equals(data)).count();
        check(replicas == 3, "3 replicas of " + data + ", got " + replicas);
        Optional<Long> total = dirs.values().iterator().next().totalBytes().isPresent()
            ? Optional.of(dirs.values().iterator().next().totalBytes().getAsLong()) : Optional.empty();
        return dirs.size() + " log dir(s), total bytes " + total.map(String::valueOf).orElse("unknown");
      });
      op("deleteTopics", () -> {
        get(admin.deleteTopics(List.of(topic)).all());
        for (int i = 0; ; i++) {
          if (!get(admin.listTopics().names()).contains(topic)) return topic + " deleted";
          check(i < 20, topic + " still listed 10 s after deleteTopics");
          Thread.sleep(500);
        }
      });
      admin.close(Duration.ofSeconds(5));
    }
    System.exit(0);
  }
}
