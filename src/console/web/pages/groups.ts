/** Consumer groups: state, members and lag (committed offset against the partition's end) per partition. */
import { api, count, h, link, table } from '../dom';
import type { GroupDetail, GroupSummary } from '../types';

const groupHref = (id: string) => `/console/groups/${encodeURIComponent(id)}`;

export async function groupsPage() {
  const groups = await api<GroupSummary[]>('/api/groups');
  return [
    h('h1', {}, 'Consumer groups'),
    table(
      ['group', 'state', 'protocol', 'members', 'lag'],
      groups,
      (g) => [link(groupHref(g.groupId), g.groupId), g.state, g.type, g.members, count(g.lag)],
      (g) => ({ 'data-group': g.groupId, 'data-lag': g.lag }),
    ),
  ];
}

export async function groupPage([id]: string[]) {
  const group = await api<GroupDetail>(`/api/groups/${encodeURIComponent(id!)}`);
  return [
    h('h1', {}, `Consumer group ${group.groupId}`),
    h(
      'p',
      { class: 'muted' },
      `${group.state}, ${group.type} protocol, total lag `,
      h('strong', { 'data-total-lag': group.lag }, count(group.lag)),
    ),
    h('h2', {}, 'Lag per partition'),
    table(
      ['topic', 'partition', 'committed offset', 'end offset', 'lag'],
      group.offsets,
      (o) => [
        link(`/console/topics/${encodeURIComponent(o.topic)}`, o.topic),
        o.partition,
        count(o.committed),
        count(o.end),
        count(o.lag),
      ],
      (o) => ({ 'data-topic': o.topic, 'data-partition': o.partition, 'data-lag': o.lag }),
    ),
    h('h2', {}, 'Members'),
    table(['member', 'client id', 'host'], group.members, (m) => [m.memberId, m.clientId, m.clientHost]),
  ];
}
