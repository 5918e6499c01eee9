/**
 * The Brook console: one page, routed on the client. Each route is a function that fetches what it shows
 * from /api and returns the elements to put in <main>; links marked data-link (dom.ts `link`) navigate
 * without a reload. Read src/console/README.md for the map.
 */
import { type Child, errorBox, h } from './dom';
import { brokersPage } from './pages/brokers';
import { groupPage, groupsPage } from './pages/groups';
import { messagesPage } from './pages/messages';
import { overviewPage } from './pages/overview';
import { sqlPage } from './pages/sql';
import { topicPage, topicsPage } from './pages/topics';

type Page = (params: string[], query: URLSearchParams) => Promise<Child>;

/** Path patterns, first match wins. */
const ROUTES: [RegExp, Page, string][] = [
  [/^\/(console\/?)?$/, overviewPage, 'overview'],
  [/^\/console\/brokers$/, brokersPage, 'brokers'],
  [/^\/console\/topics$/, topicsPage, 'topics'],
  [/^\/console\/topics\/([^/]+)$/, topicPage, 'topics'],
  [/^\/console\/topics\/([^/]+)\/messages$/, messagesPage, 'topics'],
  [/^\/console\/groups$/, groupsPage, 'groups'],
  [/^\/console\/groups\/([^/]+)$/, groupPage, 'groups'],
  [/^\/console\/sql$/, sqlPage, 'sql'],
];

const NAV: [string, string, string][] = [
  ['overview', '/console', 'Overview'],
  ['brokers', '/console/brokers', 'Brokers'],
  ['topics', '/console/topics', 'Topics'],
  ['groups', '/console/groups', 'Consumer groups'],
  ['sql', '/console/sql', 'SQL'],
];

const main = h('main');
const nav = h('nav');
/** Each render bumps it: an answer arriving after the user moved on is dropped. */
let generation = 0;

export async function render(): Promise<void> {
  const mine = ++generation;
  const { pathname, search } = window.location;
  const match = ROUTES.map(([pattern, page, section]) => ({ m: pattern.exec(pathname), page, section })).find(
    (r) => r.m,
  );
  nav.replaceChildren(
    h('strong', {}, 'Brook'),
    ...NAV.map(([section, href, label]) =>
      h('a', { href, 'data-link': true, class: match?.section === section ? 'active' : undefined }, label),
    ),
  );
  let content: Child;
  try {
    content = match
      ? await match.page(match.m!.slice(1).map(decodeURIComponent), new URLSearchParams(search))
      : h('p', {}, `No page at ${pathname}`);
  } catch (error) {
    content = errorBox(error);
  }
  if (mine !== generation) return;
  main.replaceChildren(h('div', {}, content));
  document.body.dataset.page = match?.section ?? 'none';
  document.body.dataset.loaded = 'true';
}

/** Goes to `href` in the console (pushState) and renders it. */
export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  void render();
}

/** Pages showing live figures are drawn again every few seconds (the samples behind the charts come every 5 s). */
const LIVE = new Set(['overview', 'brokers']);
setInterval(() => {
  if (LIVE.has(document.body.dataset.page ?? '') && document.visibilityState === 'visible') void render();
}, 5000);

document.addEventListener('click', (event) => {
  const a = (event.target as Element).closest?.('a[data-link]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  navigate((a as HTMLAnchorElement).getAttribute('href')!);
});
window.addEventListener('popstate', () => void render());
document.body.append(h('header', {}, nav), main);
void render();
