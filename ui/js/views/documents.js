/**
 * The documents: full-text search over titles and texts, newest first
 * otherwise, each linking to the reader.
 *
 * @example
 *   location.hash = '#/documents?q=airport';
 */
import { api } from '../api.js';
import { empty, h, route } from '../dom.js';

export async function documentsView(el, _args, query) {
  const page = await api('/api/documents', { q: query.q, outlet: query.outlet, limit: 100 });
  const input = h('input', { type: 'search', name: 'q', value: query.q ?? '', placeholder: 'search titles and texts', 'aria-label': 'search' });
  const form = h('form', {
    class: 'filters',
    onsubmit: (ev) => { ev.preventDefault(); location.hash = input.value ? `#/documents?q=${encodeURIComponent(input.value)}` : '#/documents'; },
  }, input, h('button', { type: 'submit' }, 'Search'));
  el.replaceChildren(h('h1', {}, 'Documents'), form,
    h('p', { class: 'muted' }, `${page.total} document${page.total === 1 ? '' : 's'}`),
    page.items.length ? h('ul', { class: 'documents' }, page.items.map((d) => h('li', {},
      h('a', { href: route('doc', d.id), class: 'doc-link' }, d.title ?? '(no title)'),
      h('div', { class: 'muted' }, [d.outlet, d.published, `${d.events} events`, `${d.claims} claims`].filter(Boolean).join(' · '))))) 
      : empty(query.q ? 'Nothing matches.' : 'No documents yet: run sitrep ingest.'));
}
