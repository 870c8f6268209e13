/**
 * The UI's router: the part of the address after `#` names a view and its
 * arguments (`#/event/<doc>/<seq>`, `#/claims?certainty=denied`), so every
 * view can be linked to, bookmarked and reached with the back button.
 *
 * @example
 *   location.hash = '#/entity/' + encodeURIComponent('Islamic State');
 */
import { api } from './api.js';
import { h } from './dom.js';
import { claimsView } from './views/claims.js';
import { documentsView } from './views/documents.js';
import { entityView } from './views/entity.js';
import { eventView } from './views/event.js';
import { networkView } from './views/network.js';
import { overviewView } from './views/overview.js';
import { readerView } from './views/reader.js';

/** Route name → view; a view gets (main element, path arguments, query) and fills the element. */
const VIEWS = {
  '': overviewView,
  network: networkView,
  claims: claimsView,
  documents: documentsView,
  doc: readerView,
  event: eventView,
  entity: entityView,
};

const NAV = { '': 'overview', network: 'network', claims: 'claims', documents: 'documents', doc: 'documents', entity: 'overview', event: 'overview' };

export function parseHash(hash) {
  const [path, qs] = hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...args] = (path ?? '').split('/').map(decodeURIComponent);
  return { name, args, query: Object.fromEntries(new URLSearchParams(qs ?? '')) };
}

let generation = 0;

async function render() {
  const { name, args, query } = parseHash(location.hash);
  const view = VIEWS[name] ?? VIEWS[''];
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === NAV[name]);
  const main = document.getElementById('view');
  const mine = ++generation;
  document.body.dataset.ready = '0';
  const target = h('div', { class: `view view-${name || 'overview'}` }, h('p', { class: 'loading' }, 'Loading…'));
  main.replaceChildren(target);
  try {
    await view(target, args, query);
    if (mine === generation) target.querySelector(':scope > .loading')?.remove();
  } catch (err) {
    if (mine === generation) target.replaceChildren(h('p', { class: 'error' }, `Could not load this view: ${err.message}`));
  }
  if (mine === generation) Object.assign(document.body.dataset, { view: name || 'overview', ready: '1' });
}

async function header() {
  try {
    const st = await api('/api/stats');
    const c = st.counts;
    document.getElementById('stats').textContent =
      `${st.documents} documents · ${c.events} events · ${c.entities} entities · ${c.claims} claims · ${c.relations} relations`;
  } catch (err) {
    document.getElementById('stats').textContent = `API unavailable: ${err.message}`;
  }
}

window.addEventListener('hashchange', render);
header();
render();
