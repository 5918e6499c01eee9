/** Brokers: who is in the cluster, and this broker's disk (log bytes, free space per log dir, over time). */
import { lineChart } from '../chart';
import { api, bytes, h, table } from '../dom';
import type { Brokers } from '../types';

export async function brokersPage() {
  const { brokers, history } = await api<Brokers>('/api/brokers');
  return [
    h('h1', {}, 'Brokers'),
    table(
      ['id', 'address', 'rack', 'leads', 'under-replicated', 'log bytes', 'log dirs (free of total)'],
      brokers,
      (b) => [
        b.local ? `${b.id} (this broker)` : b.id,
        `${b.host}:${b.port}`,
        b.rack ?? '',
        `${b.leaderPartitions} partitions`,
        h('span', { class: b.underReplicated > 0 ? 'warn' : undefined }, b.underReplicated),
        b.logBytes === null ? 'see its own console' : bytes(b.logBytes),
        b.logDirs.map((d) => h('div', {}, `${d.path}: ${bytes(d.freeBytes)} free of ${bytes(d.totalBytes)}`)),
      ],
      (b) => ({ 'data-broker': b.id }),
    ),
    lineChart(
      'Disk usage of this broker over time',
      [{ name: 'log bytes', color: '#8a5bd1', points: history.map((s) => [s.t, s.diskBytes]) }],
      bytes,
    ),
  ];
}
