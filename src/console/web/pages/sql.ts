/**
 * The SQL editor: a statement to the SQL processor's REST API (proxied under /api/sql, sql-proxy.ts). SELECT
 * goes to /query-stream and its rows are added as they arrive (a push query, EMIT CHANGES, runs until Stop
 * or its LIMIT; a pull query ends by itself); anything else goes to /ksql and its answer is shown as a table.
 * `?sql=...&run=1` fills the editor and runs it (links, tests).
 */
import { ApiError, errorBox, h, table } from '../dom';

export async function sqlPage(_params: string[], query: URLSearchParams) {
  const editor = h('textarea', {
    id: 'sql',
    rows: 6,
    spellcheck: 'false',
    placeholder: 'SHOW STREAMS;',
  }) as HTMLTextAreaElement;
  editor.value = query.get('sql') ?? '';
  const reset = h(
    'select',
    { id: 'offset-reset' },
    h('option', { value: 'earliest' }, 'earliest'),
    h('option', { value: 'latest' }, 'latest'),
  ) as HTMLSelectElement;
  if (query.get('reset') === 'latest') reset.value = 'latest';
  const status = h('p', { class: 'muted', id: 'sql-status' });
  const output = h('div', { id: 'sql-output' });
  let running: AbortController | undefined;
  const stop = h('button', { type: 'button', disabled: true, onclick: () => running?.abort() }, 'Stop');

  const run = async () => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    stop.removeAttribute('disabled');
    output.replaceChildren();
    status.textContent = 'running…';
    try {
      const sql = editor.value.trim();
      if (/^select\b/i.test(sql)) await streamQuery(sql, reset.value, controller.signal, output, status);
      else await statement(sql, reset.value, output, status);
    } catch (error) {
      if (controller.signal.aborted) status.textContent += ' (stopped)';
      else output.replaceChildren(errorBox(error));
    } finally {
      if (running === controller) stop.setAttribute('disabled', '');
    }
  };
  if (query.get('run')) void run();
  return [
    h('h1', {}, 'SQL'),
    h(
      'p',
      { class: 'muted' },
      'Statements run on the SQL processor beside this broker (ksqlDB syntax). SELECT ... EMIT CHANGES streams rows until stopped.',
    ),
    editor,
    h(
      'div',
      { class: 'toolbar' },
      h('button', { type: 'button', onclick: run }, 'Run'),
      stop,
      h('label', {}, ' auto.offset.reset ', reset),
    ),
    status,
    output,
  ];
}

async function failure(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => ({}));
  return new ApiError(body.error ?? body['@type'] ?? String(response.status), body.message ?? response.statusText);
}

/** A pull or push query: the header line names the columns, each further line is a row (or an error). */
async function streamQuery(sql: string, reset: string, signal: AbortSignal, output: HTMLElement, status: HTMLElement) {
  const response = await fetch('/api/sql/query-stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/vnd.ksqlapi.delimited.v1' },
    body: JSON.stringify({ sql, properties: { 'auto.offset.reset': reset } }),
    signal,
  });
  if (!response.ok) throw await failure(response);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let tbody: HTMLElement | undefined;
  let rows = 0;
  const line = (text: string) => {
    if (!text.trim()) return;
    const value = JSON.parse(text);
    if (!tbody) {
      tbody = h('tbody');
      output.replaceChildren(
        h(
          'table',
          { id: 'sql-result' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              (value.columnNames as string[]).map((c) => h('th', {}, c)),
            ),
          ),
          tbody,
        ),
      );
    } else if (Array.isArray(value)) {
      tbody.append(
        h(
          'tr',
          { 'data-row': rows++ },
          value.map((v) => h('td', {}, cell(v))),
        ),
      );
    } else if (value.message) output.append(errorBox(new ApiError(value['@type'] ?? 'error', value.message)));
    status.textContent = `${rows} row${rows === 1 ? '' : 's'}, running…`;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    lines.forEach(line);
  }
  line(buffer);
  status.textContent = `${rows} row${rows === 1 ? '' : 's'}, done`;
}

function cell(v: unknown): string {
  return v === null ? 'null' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A statement to /ksql: its answer is a list of entities, each shown as a message or as a table of its list. */
async function statement(sql: string, reset: string, output: HTMLElement, status: HTMLElement) {
  const response = await fetch('/api/sql/ksql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ksql: sql.endsWith(';') ? sql : `${sql};`,
      streamsProperties: { 'auto.offset.reset': reset },
    }),
  });
  if (!response.ok) throw await failure(response);
  const entities = (await response.json()) as Record<string, unknown>[];
  output.replaceChildren(...entities.map(entity));
  status.textContent = `${entities.length} result${entities.length === 1 ? '' : 's'}`;
}

function entity(e: Record<string, unknown>): HTMLElement {
  const commandStatus = e.commandStatus as { message?: string } | undefined;
  if (commandStatus?.message) return h('p', { class: 'ok' }, commandStatus.message);
  const list = Object.values(e).find(
    (v): v is Record<string, unknown>[] => Array.isArray(v) && typeof v[0] === 'object',
  );
  if (list) {
    const keys = Object.keys(list[0]!);
    return table(keys, list, (row) => keys.map((k) => cell(row[k])));
  }
  return h('pre', {}, JSON.stringify(e, null, 2));
}
