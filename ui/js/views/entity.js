/**
 * One entity across the ledger: its events (as actor, target or place), its
 * relations with their sources, and the documents that name it.
 *
 * @example
 *   location.hash = route('entity', 'Syrian army');
 */
import { api } from '../api.js';
import { empty, entityLink, h, route } from '../dom.js';
import { eventItem } from './overview.js';

export async function entityView(el, [name]) {
  const e = await api(`/api/entities/${encodeURIComponent(name)}`);
  el.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '← map')),
    h('h1', {}, e.name, ' ', h('span', { class: 'tag' }, e.type)),
    e.lat != null ? h('p', { class: 'muted' }, `${e.admin1 ? `${e.admin1} · ` : ''}${e.lat.toFixed(3)}, ${e.lon.toFixed(3)}`) : null,
    h('p', {}, h('a', { href: `#/?actor=${encodeURIComponent(e.name)}`, class: 'on-map' }, 'Show its events on the map'), ' · ',
      h('a', { href: `#/claims?actor=${encodeURIComponent(e.name)}` }, 'Claims that mention it')),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, `Events (${e.events}${e.events > e.eventRows.length ? `, first ${e.eventRows.length} shown` : ''})`),
        e.eventRows.length ? h('ul', { class: 'events' }, e.eventRows.map(eventItem)) : empty('No events involve it yet.')),
      h('section', {},
        h('h2', {}, `Relations (${e.relations.length})`),
        e.relations.length ? h('ul', {}, e.relations.map((r) => h('li', {}, entityLink(r.source), ` ${r.type.replace('_', ' ')} `, entityLink(r.target),
          h('span', { class: 'muted' }, ` — ${r.documents.length} source${r.documents.length === 1 ? '' : 's'}`)))) : empty('No relations recorded.'),
        h('h2', {}, `Documents (${e.documentRows.length})`),
        h('ul', {}, e.documentRows.map((d) => h('li', {}, h('a', { href: route('doc', d.id), class: 'doc-link' }, d.title ?? d.id),
          h('span', { class: 'muted' }, ` ${d.outlet ?? ''} ${d.published ?? ''}`)))))));
}
