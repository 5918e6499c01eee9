/**
 * Topics: the list with a form to create one (POST /api/topics, the CreateTopics handler's checks), and a
 * topic's page: partitions (leader, replicas, ISR, offsets, size) and its configs, editable (PATCH, the
 * IncrementalAlterConfigs handler's checks; an emptied override goes back to the broker's default).
 */
import { api, bytes, count, errorBox, h, link, table } from '../dom';
import { navigate } from '../main';
import type { TopicDetail, TopicSummary } from '../types';

const topicHref = (name: string) => `/console/topics/${encodeURIComponent(name)}`;

export async function topicsPage(_params: string[], query: URLSearchParams) {
  const topics = await api<TopicSummary[]>('/api/topics');
  const shown = query.get('internal') ? topics : topics.filter((t) => !t.internal);
  return [
    h('h1', {}, 'Topics'),
    table(
      ['topic', 'partitions', 'replication', 'messages', 'size', 'under-replicated'],
      shown,
      (t) => [
        link(topicHref(t.name), t.name),
        t.partitions,
        t.replicationFactor,
        count(t.messages),
        bytes(t.sizeBytes),
        t.underReplicated,
      ],
      (t) => ({ 'data-topic': t.name, 'data-messages': t.messages }),
    ),
    query.get('internal')
      ? link('/console/topics', 'hide internal topics')
      : link('/console/topics?internal=1', 'show internal topics'),
    createForm(),
  ];
}

function createForm(): HTMLElement {
  const status = h('div');
  const form = h(
    'form',
    { class: 'panel', id: 'create-topic' },
    h('h2', {}, 'Create a topic'),
    h('label', {}, 'Name ', h('input', { name: 'name', required: true })),
    h('label', {}, 'Partitions ', h('input', { name: 'partitions', type: 'number', min: 1, placeholder: 'default' })),
    h(
      'label',
      {},
      'Replication factor ',
      h('input', { name: 'replicationFactor', type: 'number', min: 1, placeholder: 'default' }),
    ),
    h(
      'label',
      { class: 'wide' },
      'Configs, one key=value per line ',
      h('textarea', { name: 'configs', rows: 3, placeholder: 'retention.ms=86400000' }),
    ),
    h('button', { type: 'submit' }, 'Create'),
    status,
  ) as HTMLFormElement;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const configs: Record<string, string> = {};
    for (const line of String(data.get('configs')).split('\n')) {
      const at = line.indexOf('=');
      if (at > 0) configs[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    const name = String(data.get('name')).trim();
    try {
      await api('/api/topics', 'POST', {
        name,
        partitions: Number(data.get('partitions') || -1),
        replicationFactor: Number(data.get('replicationFactor') || -1),
        configs,
      });
      navigate(topicHref(name));
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  });
  return form;
}

export async function topicPage([name]: string[]) {
  const topic = await api<TopicDetail>(`/api/topics/${encodeURIComponent(name!)}`);
  const total = topic.partitions.reduce((n, p) => n + (p.messages ?? 0), 0);
  return [
    h('h1', {}, `Topic ${topic.name}`),
    h(
      'p',
      { class: 'muted' },
      `id ${topic.topicId}, replication factor ${topic.replicationFactor}, `,
      h('span', { 'data-topic-messages': total }, `${count(total)} messages`),
      ' · ',
      link(`${topicHref(topic.name)}/messages`, 'browse messages'),
    ),
    h('h2', {}, 'Partitions'),
    table(
      ['partition', 'leader', 'replicas', 'in-sync', 'start offset', 'end offset', 'messages', 'size'],
      topic.partitions,
      (p) => [
        link(`${topicHref(topic.name)}/messages?partition=${p.partition}`, p.partition),
        p.offline ? 'offline' : p.leader,
        p.replicas.join(', '),
        h('span', { class: p.underReplicated ? 'warn' : undefined }, p.isr.join(', ')),
        count(p.logStartOffset),
        count(p.highWatermark),
        count(p.messages),
        bytes(p.sizeBytes),
      ],
      (p) => ({ 'data-partition': p.partition }),
    ),
    configsForm(topic),
  ];
}

function configsForm(topic: TopicDetail): HTMLElement {
  const status = h('div');
  const inputs = new Map<string, HTMLInputElement>();
  const form = h(
    'form',
    { class: 'panel', id: 'topic-configs' },
    h('h2', {}, 'Configs'),
    h(
      'p',
      { class: 'muted' },
      'Change a value to override it for this topic; empty an override to go back to the default.',
    ),
    table(['key', 'value', 'source'], topic.configs, (c) => {
      const input = h('input', {
        name: c.name,
        value: c.override ? (c.value ?? '') : '',
        placeholder: c.value ?? '',
      }) as HTMLInputElement;
      inputs.set(c.name, input);
      return [c.name, input, c.source];
    }),
    h('button', { type: 'submit' }, 'Save changes'),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const changes: Record<string, string | null> = {};
    for (const c of topic.configs) {
      const value = inputs.get(c.name)!.value.trim();
      const was = c.override ? (c.value ?? '') : '';
      if (value !== was) changes[c.name] = value === '' ? null : value;
    }
    if (Object.keys(changes).length === 0) return void status.replaceChildren(h('p', {}, 'Nothing changed.'));
    try {
      await api(`/api/topics/${encodeURIComponent(topic.name)}/configs`, 'PATCH', changes);
      navigate(topicHref(topic.name));
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  });
  return form;
}
