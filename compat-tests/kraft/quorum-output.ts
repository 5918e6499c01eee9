/**
 * kafka-metadata-quorum output (describe --status / --replication, add-controller, remove-controller) without what
 * differs by nature between two clusters: cluster and directory ids, ports, the leader (whoever won the election),
 * epochs, offsets, times and lags; the voters, observers and field names stay. Shared by the KRaft tool comparisons.
 */
export function quorumOutputLines(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((l) =>
      l
        .replace(/^(ClusterId:\s+)\S+/, '$1<id>')
        .replace(/^(LeaderId|LeaderEpoch|HighWatermark|MaxFollowerLag|MaxFollowerLagTimeMs)(:\s+)-?\d+/, '$1$2<n>')
        .replace(/"directoryId": "[^"]+"/g, '"directoryId": "<dir-id>"')
        .replace(/directory id [A-Za-z0-9_-]{22}/g, 'directory id <dir-id>')
        .replace(/:\d{2,5}(?=["\s,]|$)/g, ':<port>')
        // Kafka lists observers in its hash map's order (random directory ids): compare them sorted.
        .replace(
          /^(CurrentObservers:\s+)\[(.+)\]$/,
          (_, head: string, inner: string) =>
            `${head}[${inner
              .split(/(?<=\}), (?=\{)/)
              .sort()
              .join(', ')}]`,
        )
        .trimEnd(),
    );
}
