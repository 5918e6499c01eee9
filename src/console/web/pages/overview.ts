/** Overview: the cluster's counts, partitions needing attention, throughput and disk usage over the last minutes. */
import { lineChart, rates } from '../chart';
import { api, bytes, count, h, link } from '../dom';
import type { Overview } from '../types';

function card(label: string, value: string | number, warn = false, href?: string): HTMLElement {
  const body = [h('div', { class: 'value' }, String(value)), h('div', { class: 'label' }, label)];
  return h('div', { class: warn ? 'card warn' : 'card', 'data-card': label }, href ? link(href, ...body) : body);
}

export async function overviewPage() {
  const o = await api<Overview>('/api/overview');
  return [
    h('h1', {}, 'Cluster overview'),
    h('p', { class: 'muted' }, `cluster ${o.clusterId}, this broker is node ${o.nodeId}, controller ${o.controllerId}`),
    h(
      'div',
      { class: 'cards' },
      card('brokers', o.brokers, false, '/console/brokers'),
      card('topics', o.topics, false, '/console/topics'),
      card('partitions', o.partitions),
      card('under-replicated partitions', o.underReplicatedPartitions, o.underReplicatedPartitions > 0),
      card('offline partitions', o.offlinePartitions, o.offlinePartitions > 0),
      card('consumer groups', o.groups, false, '/console/groups'),
    ),
    h(
      'div',
      { class: 'charts' },
      lineChart(
        'Throughput (bytes/s)',
        [
          { name: 'in', color: '#2b7bb9', points: rates(o.history, (s) => s.bytesIn) },
          { name: 'out', color: '#e08a1e', points: rates(o.history, (s) => s.bytesOut) },
        ],
        (v) => `${bytes(Math.round(v))}/s`,
      ),
      lineChart(
        'Messages in (per second)',
        [{ name: 'records', color: '#3a9a5b', points: rates(o.history, (s) => s.messagesIn) }],
        (v) => count(Math.round(v)),
      ),
      lineChart(
        'Disk usage of this broker',
        [{ name: 'log bytes', color: '#8a5bd1', points: o.history.map((s) => [s.t, s.diskBytes]) }],
        bytes,
      ),
    ),
  ];
}
