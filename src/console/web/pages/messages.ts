/** The message browser of one topic: a partition from an offset, from a timestamp, or records whose key matches. */
import { api, errorBox, h, link, table, time } from '../dom';
import { navigate } from '../main';
import type { Messages, TopicDetail } from '../types';

export async function messagesPage([name]: string[], query: URLSearchParams) {
  const topic = await api<TopicDetail>(`/api/topics/${encodeURIComponent(name!)}`);
  const base = `/console/topics/${encodeURIComponent(topic.name)}/messages`;
  const partition = query.get('partition') ?? '0';
  const form = h(
    'form',
    { class: 'panel', method: 'get', action: base },
    h(
      'label',
      {},
      'Partition ',
      h(
        'select',
        { name: 'partition' },
        topic.partitions.map((p) =>
          h('option', { value: p.partition, selected: String(p.partition) === partition }, p.partition),
        ),
      ),
    ),
    h(
      'label',
      {},
      'From offset ',
      h('input', { name: 'offset', type: 'number', min: 0, value: query.get('offset') ?? '' }),
    ),
    h(
      'label',
      {},
      'or timestamp ',
      h('input', { name: 'timestamp', placeholder: 'ms or 2026-12-04T10:00:00Z', value: query.get('timestamp') ?? '' }),
    ),
    h('label', {}, 'Key contains ', h('input', { name: 'key', value: query.get('key') ?? '' })),
    h('button', { type: 'submit' }, 'Show'),
  );
  const params = new URLSearchParams({ partition });
  for (const key of ['offset', 'timestamp', 'key']) if (query.get(key)) params.set(key, query.get(key)!);
  let result: HTMLElement | HTMLElement[];
  try {
    const page = await api<Messages>(`/api/topics/${encodeURIComponent(topic.name)}/messages?${params}`);
    const next = new URLSearchParams(params);
    next.delete('timestamp');
    next.set('offset', String(page.nextOffset));
    result = [
      h(
        'p',
        { class: 'muted' },
        `partition ${partition}: offsets ${page.logStartOffset} to ${page.highWatermark}, ${page.records.length} shown`,
      ),
      table(
        ['offset', 'timestamp', 'key', 'value', 'headers'],
        page.records,
        (r) => [
          r.offset,
          time(r.timestamp),
          r.key ?? h('em', {}, 'null'),
          r.value === null ? h('em', {}, 'null') : h('code', {}, r.value, r.value.length < r.valueBytes ? '…' : ''),
          Object.entries(r.headers)
            .map(([k, v]) => `${k}=${v ?? 'null'}`)
            .join(', '),
        ],
        (r) => ({ 'data-offset': r.offset }),
      ),
      page.nextOffset < page.highWatermark ? link(`${base}?${next}`, 'next page') : h('span'),
    ];
  } catch (error) {
    result = errorBox(error);
  }
  // the form's GET submission becomes a client-side navigation (main.ts catches data-link clicks only)
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new URLSearchParams();
    for (const [k, v] of new FormData(form as HTMLFormElement)) if (v !== '') data.set(k, String(v));
    navigate(`${base}?${data}`);
  });
  return [
    h('h1', {}, 'Messages of ', link(`/console/topics/${encodeURIComponent(topic.name)}`, topic.name)),
    form,
    result,
  ];
}
