package brook.compat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.kstream.Produced;

/**
 * One instance of a Kafka Streams application that runs until told to stop, for tests of how a group shares its
 * tasks: the records of the input topic are keyed by their value, repartitioned, and counted per key (a state store
 * with a changelog topic), counts to the output topic; two sub-topologies, so each input partition makes two tasks.
 * Streams' settings are its defaults but for the rebalance protocol (`group.protocol`, first argument after the
 * topics) and a commit interval of 500 ms so counts reach the output soon.
 * Arguments: bootstrap, application id, input topic, output topic, group protocol, and optionally the instance's
 * `application.server` (host:port, Interactive Queries' endpoint; nothing listens there). Prints a line "tasks [..]"
 * with the instance's active task ids each time they change, "clients [..]" with every instance the group told it
 * about (host:port=the number of partitions it serves, Streams' metadataForAllStreamsClients) each time that
 * changes, "state X" on each state change, and "closed" after a "close" line (or the end of stdin) closed it.
 */
public final class StreamsTasksApp {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.String().getClass());
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.String().getClass());
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("streams-tasks-").toString());
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
    props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, args[4]);
    if (args.length > 5) props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, args[5]);

    StreamsBuilder builder = new StreamsBuilder();
    builder.<String, String>stream(args[2])
        .selectKey((key, value) -> value.toLowerCase(Locale.ROOT))
        .groupByKey()
        .count()
        .toStream()
        .to(args[3], Produced.with(Serdes.String(), Serdes.Long()));

    KafkaStreams streams = new KafkaStreams(builder.build(), props);
    streams.setStateListener((now, before) -> {
      System.out.println("state " + now);
      System.out.flush();
    });
    streams.start();

    Thread watcher = new Thread(() -> {
      List<String> last = null;
      List<String> lastClients = null;
      while (!Thread.currentThread().isInterrupted()) {
        List<String> tasks = new ArrayList<>();
        try {
          for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) tasks.add("\"" + task.taskId() + "\"");
          }
        } catch (RuntimeException notRunning) {
          // not running (yet, or any more): no tasks to report
        }
        Collections.sort(tasks);
        if (!tasks.equals(last)) {
          System.out.println("tasks [" + String.join(",", tasks) + "]");
          System.out.flush();
          last = tasks;
        }
        List<String> clients = new ArrayList<>();
        try {
          for (StreamsMetadata client : streams.metadataForAllStreamsClients()) {
            clients.add("\"" + client.host() + ":" + client.port() + "=" + client.topicPartitions().size() + "\"");
          }
        } catch (RuntimeException notRunning) {
          // not running (yet, or any more)
        }
        Collections.sort(clients);
        if (!clients.equals(lastClients)) {
          System.out.println("clients [" + String.join(",", clients) + "]");
          System.out.flush();
          lastClients = clients;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    watcher.setDaemon(true);
    watcher.start();

    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && !line.trim().equals("close"); line = in.readLine()) {
      // only "close" (or the end of stdin) means anything
    }
    watcher.interrupt();
    streams.close();
    System.out.println("closed");
    System.out.flush();
    System.exit(0);
  }
}
