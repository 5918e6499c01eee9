/** The page's only "framework": build elements with h(), fetch JSON with api(), format numbers. */

export type Child = Node | string | number | null | undefined | false | Child[];

/**
 * h('a', { href: '/x', class: 'btn', onclick: fn }, 'text', child): attributes are set as attributes, except
 * `on...` functions (event listeners) and `value` / `checked` (properties, for form fields).
 */
export function h(tag: string, attrs: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function')
      el.addEventListener(name.slice(2), value as EventListener);
    else if (name === 'value' || name === 'checked') (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A table: header cells, then one row of cells per item (`rowAttrs` for test hooks such as data-topic). */
export function table<T>(
  headers: string[],
  items: T[],
  cells: (item: T) => Child[],
  rowAttrs: (item: T) => Record<string, unknown> = () => ({}),
): HTMLElement {
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((name) => h('th', {}, name)),
      ),
    ),
    h(
      'tbody',
      {},
      items.length === 0
        ? h('tr', {}, h('td', { colspan: headers.length, class: 'empty' }, 'none'))
        : items.map((item) =>
            h(
              'tr',
              rowAttrs(item),
              cells(item).map((c) => h('td', {}, c)),
            ),
          ),
    ),
  );
}

/** An error the API answered: Kafka's error name (INVALID_CONFIG, ...) and its message. */
export class ApiError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new ApiError(answer.error ?? String(response.status), answer.message ?? response.statusText);
  return answer as T;
}

export function bytes(n: number | null): string {
  if (n === null) return 'n/a';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

/** null: not known here (a partition another broker hosts). */
export function count(n: number | null): string {
  return n === null ? 'n/a' : n.toLocaleString('en-US');
}

export function time(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/** Internal links: the router (main.ts) catches clicks on them and renders without a reload. */
export function link(href: string, ...children: Child[]): HTMLElement {
  return h('a', { href, 'data-link': true }, ...children);
}

export function errorBox(error: unknown): HTMLElement {
  const text = error instanceof ApiError ? `${error.error}: ${error.message}` : String(error);
  return h('p', { class: 'error', role: 'alert' }, text);
}
