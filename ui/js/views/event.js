/**
 * One event and every report of it side by side: each source's outlet,
 * headline, date, toll, who it cites and how sure, and its own words; the
 * points where the reports disagree are listed first.
 *
 * @example
 *   location.hash = route('event', docId, seq);
 */
import { api } from '../api.js';
import { eventColor } from '../colors.js';
import { entityLink, h, route } from '../dom.js';

function figure(label, value) {
  return h('div', { class: 'figure' }, h('span', { class: 'muted' }, label), h('strong', {}, value == null ? '—' : String(value)));
}

function reportCard(r, first) {
  return h('article', { class: `report${first ? ' this' : ''}` },
    h('div', { class: 'outlet' }, r.outlet ?? 'outlet unknown'),
    h('h3', {}, h('a', { href: `${route('doc', r.docId)}?event=${r.seq}`, class: 'doc-link' }, r.title ?? r.docId)),
    h('p', { class: 'muted' }, `published ${r.published ?? 'date unknown'}; event dated ${r.date ?? 'unknown'}`),
    h('div', { class: 'figures' }, figure('killed', r.killed), figure('wounded', r.wounded), figure('certainty', r.certainty)),
    h('p', { class: 'says' }, 'according to ', r.claimSource ? h('strong', {}, r.claimSource) : h('span', { class: 'muted' }, 'no named source')),
    h('blockquote', { class: 'excerpt' }, r.excerpt.slice(0, r.mark[0]), h('mark', {}, r.excerpt.slice(r.mark[0], r.mark[1])), r.excerpt.slice(r.mark[1])));
}

export async function eventView(el, [docId, seq]) {
  const { event: e, reports, contradictions, ledgerEvent } = await api(`/api/events/${encodeURIComponent(docId)}/${encodeURIComponent(seq)}`);
  el.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '← map')),
    h('h1', {}, h('span', { class: 'swatch big', style: { background: eventColor(e.type) } }), `${e.type}${e.mode ? ` · ${e.mode}` : ''}`),
    h('p', { class: 'parties lead' },
      e.actor ? entityLink(e.actor.name) : 'unknown actor', ' → ', e.target ? entityLink(e.target.name) : '—',
      e.place ? [' at ', entityLink(e.place.name, 'entity place')] : null, e.date ? ` on ${e.date}` : ''),
    contradictions.length
      ? h('div', { class: 'contradictions' }, h('strong', {}, 'The reports disagree'), h('ul', {}, contradictions.map((c) => h('li', {}, c))))
      : h('p', { class: 'muted' }, reports.length > 1 ? 'The reports agree on the figures they give.' : 'Only one report of this event so far.'),
    h('h2', {}, `${reports.length} report${reports.length === 1 ? '' : 's'}`),
    h('p', { class: 'muted' }, ledgerEvent ? `Grouped by the ledger (event ${ledgerEvent}).`
      : 'Matched by type, place (or parties) and dates within three days; run sitrep ledger for the full merge.'),
    h('div', { class: 'reports' }, reports.map((r, i) => reportCard(r, i === 0))));
}
