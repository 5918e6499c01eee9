package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Kafka Streams' word count (the example Kafka ships), at least once (the default processing guarantee), with
 * Streams' default settings otherwise: lines from the input topic, words counted in a state store backed by a
 * changelog topic, through a repartition topic, counts to the output topic. A plain consumer reads the output
 * until every expected word reached its count, then one JSON line is printed: {"ok", "counts", "error"?}.
 * Arguments: bootstrap, application id, input topic, output topic, expected counts as JSON, timeout in ms, and
 * optionally the processing guarantee (at_least_once by default; exactly_once_v2: the output is then read
 * read_committed and a count going over its expected value, a record counted twice, is an error). Each time the
 * counts read change, a line "progress <sum of counts>" is printed first (ctp-style tests time a broker restart).
 * An optional eighth argument, the number of input records, lets an at-least-once run end as a batch job does:
 * Streams forwards its cached counts downstream on commit (commit.interval.ms, 30 s by default at least once) or on
 * close, so once the stream threads have processed every input line and every repartitioned word (their
 * process-total metric), the driver closes the application, which commits and flushes, instead of waiting for the
 * periodic commit. Nothing in Streams' configuration changes. An optional ninth argument names the rebalance protocol
 * (`group.protocol`): `classic` (Streams' default) or `streams`, KIP-1071's protocol, where the broker assigns the
 * tasks (StreamsGroupHeartbeat); a tenth, the number of stream threads (each one a member of the group).
 */
public final class StreamsWordCount {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String appId = args[1];
    String input = args[2];
    String output = args[3];
    JsonNode expected = Json.MAPPER.readTree(args[4]);
    long deadline = System.currentTimeMillis() + Long.parseLong(args[5]);
    String guarantee = args.length > 6 ? args[6] : StreamsConfig.AT_LEAST_ONCE;
    boolean exactlyOnce = !guarantee.equals(StreamsConfig.AT_LEAST_ONCE);
    long inputRecords = args.length > 7 ? Long.parseLong(args[7]) : -1;
    String groupProtocol = args.length > 8 ? args[8] : null;
    String threads = args.length > 9 ? args[9] : null;

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.String().getClass());
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.String().getClass());
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("compat-streams-").toString());
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    if (groupProtocol != null) props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, groupProtocol);
    if (threads != null) props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);

    StreamsBuilder builder = new StreamsBuilder();
    builder.<String, String>stream(input)
        .flatMapValues(line -> Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\W+")))
        .filter((key, word) -> !word.isEmpty())
        .groupBy((key, word) -> word)
        .count()
        .toStream()
        .to(output, Produced.with(Serdes.String(), Serdes.Long()));

    Map<String, Long> counts = new HashMap<>();
    String error = null;
    long words = 0;
    for (var it = expected.fields(); it.hasNext();) words += it.next().getValue().asLong();
    // Records the stream threads process: each input line (first sub-topology) and each word read back from the
    // repartition topic (the counting sub-topology).
    long processedWhenDone = inputRecords < 0 ? -1 : inputRecords + words;
    boolean closed = false;
    KafkaStreams streams = new KafkaStreams(builder.build(), props);
    final Throwable[] failed = new Throwable[1];
    streams.setUncaughtExceptionHandler(e -> {
      failed[0] = e;
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.start();

    Properties cprops = new Properties();
    cprops.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    cprops.put(ConsumerConfig.GROUP_ID_CONFIG, appId + "-reader");
    cprops.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (exactlyOnce) cprops.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, Long> reader = new KafkaConsumer<>(cprops, new StringDeserializer(), new LongDeserializer())) {
      reader.subscribe(List.of(output));
      while (true) {
        boolean done = true;
        for (var it = expected.fields(); it.hasNext();) {
          var e = it.next();
          if (counts.getOrDefault(e.getKey(), 0L) != e.getValue().asLong()) done = false;
        }
        if (done) break;
        if (failed[0] != null) {
          error = "Streams failed: " + failed[0];
          for (Throwable t = failed[0].getCause(); t != null; t = t.getCause()) error += "; caused by " + t;
          break;
        }
        if (System.currentTimeMillis() > deadline) {
          error = "timed out; Streams state " + streams.state();
          break;
        }
        boolean changed = false;
        for (ConsumerRecord<String, Long> r : reader.poll(Duration.ofMillis(500))) {
          counts.put(r.key(), r.value());
          changed = true;
          JsonNode want = expected.get(r.key());
          if (exactlyOnce && error == null && (want == null || r.value() > want.asLong())) {
            error = "the count of '" + r.key() + "' went to " + r.value() + ", over the expected "
                + (want == null ? "none" : want.asLong()) + ": a record was counted twice";
          }
        }
        if (error != null) break;
        if (!closed && processedWhenDone >= 0 && processedTotal(streams) >= processedWhenDone) {
          streams.close(Duration.ofSeconds(10));
          closed = true;
        }
        if (changed) {
          long sum = 0;
          for (long c : counts.values()) sum += c;
          System.out.println("progress " + sum);
          System.out.flush();
        }
      }
    }
    if (!closed) streams.close(Duration.ofSeconds(10));
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("ok", error == null);
    out.set("counts", Json.MAPPER.valueToTree(counts));
    if (error != null) out.put("error", error);
    System.out.println(out);
    System.out.flush();
    System.exit(0);
  }

  /** The sum of the stream threads' process-total metric: records processed by every task so far. */
  private static double processedTotal(KafkaStreams streams) {
    double total = 0;
    for (var entry : streams.metrics().entrySet()) {
      var name = entry.getKey();
      if (name.group().equals("stream-thread-metrics") && name.name().equals("process-total")) {
        Object value = entry.getValue().metricValue();
        if (value instanceof Number n) total += n.doubleValue();
      }
    }
    return total;
  }
}
