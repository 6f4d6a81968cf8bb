/**
 * The dashboard shell: session check, navigation, hash router. Pages render into <main> and are
 * built with DOM calls only (see dom.ts); no HTML strings anywhere.
 */
import './styles.css';
import { ApiError, currentUser, loadSession, logout } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { isRouteHash, parseRoute, type Route } from './router.js';
import { loginPage } from './pages/login.js';
import { overviewPage, stopAlerts } from './pages/overview.js';
import { articlePage } from './pages/article.js';
import { dyadPage } from './pages/dyad.js';
import { timelinePage } from './pages/timeline.js';
import { networkPage } from './pages/network.js';
import { ceasefiresPage } from './pages/ceasefires.js';
import { mediationPage } from './pages/mediation.js';
import { searchPage } from './pages/search.js';

type Page = (route: Route) => Promise<Node>;

const PAGES: Record<string, { title: string; page: Page }> = {
  overview: { title: 'Overview', page: overviewPage },
  article: { title: 'Article', page: articlePage },
  dyad: { title: 'Dyad', page: dyadPage },
  timeline: { title: 'Timeline', page: timelinePage },
  network: { title: 'Network', page: networkPage },
  // The world atlas is the biggest asset: loaded only when the map is opened.
  map: { title: 'Map', page: async () => (await import('./pages/map.js')).mapPage() },
  ceasefires: { title: 'Ceasefires', page: ceasefiresPage },
  mediation: { title: 'Mediation', page: mediationPage },
  search: { title: 'Search', page: searchPage },
};

const NAV: Array<[string, string]> = [
  ['overview', 'Overview'], ['timeline', 'Timeline'], ['network', 'Network'], ['map', 'Map'],
  ['ceasefires', 'Ceasefires'], ['mediation', 'Mediation'], ['search', 'Search'],
];

const main = document.getElementById('main') as HTMLElement;
let renderSeq = 0;

function renderNav(active: string): void {
  const nav = document.getElementById('nav');
  if (!nav) return;
  clear(nav);
  if (!currentUser()) return;
  const list = h('ul', { class: 'nav-list' });
  for (const [name, label] of NAV) {
    const target = name === 'overview' ? '#/' : `#/${name}`;
    list.appendChild(h('li', {}, h('a', { href: target, 'aria-current': name === active ? 'page' : null }, label)));
  }
  nav.appendChild(list);
}

function renderUser(): void {
  const box = document.getElementById('userbox');
  if (!box) return;
  clear(box);
  const user = currentUser();
  if (!user) return;
  box.appendChild(h('span', { class: 'user-name' }, user.name, ' ', h('span', { class: 'role' }, `(${user.role})`)));
  box.appendChild(h('button', {
    type: 'button', class: 'btn btn-small', onclick: () => {
      stopAlerts();
      void logout().finally(() => { location.hash = '#/'; void render(true); });
    },
  }, 'Log out'));
}

async function render(moveFocus: boolean): Promise<void> {
  if (!isRouteHash(location.hash)) return;
  const seq = ++renderSeq;
  const route = parseRoute(location.hash);
  renderUser();
  if (!currentUser()) {
    renderNav('');
    show(await loginPage(() => void boot(true)), 'Sign in', moveFocus);
    return;
  }
  renderNav(route.name);
  const entry = PAGES[route.name];
  if (!entry) {
    show(h('div', {}, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the overview'))), 'Not found', moveFocus);
    return;
  }
  main.setAttribute('aria-busy', 'true');
  let node: Node;
  try {
    node = await entry.page(route);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { await boot(); return; }
    node = h('div', {}, h('h1', {}, entry.title), errorBox(err));
  }
  if (seq !== renderSeq) return; // a newer navigation won
  show(node, entry.title, moveFocus);
}

function show(node: Node, title: string, moveFocus: boolean): void {
  clear(main);
  main.appendChild(node);
  main.removeAttribute('aria-busy');
  document.title = `${title} — Brink`;
  if (moveFocus) main.focus();
}

async function boot(moveFocus = false): Promise<void> {
  try {
    await loadSession();
  } catch (err) {
    clear(main);
    main.appendChild(errorBox(err));
    return;
  }
  await render(moveFocus);
}

document.querySelector('.skip-link')?.addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void render(true));
void boot();
