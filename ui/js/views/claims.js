/**
 * The claim ledger: every claim with who made it, how sure, the outlet and
 * the rhetorical signals in it; filterable by outlet, source, actor,
 * certainty and signal. Each claim links to its place in the article.
 *
 * @example
 *   location.hash = '#/claims?certainty=denied&signal=loaded_language';
 */
import { api } from '../api.js';
import { empty, h, route } from '../dom.js';

const CERTAINTIES = ['asserted', 'hedged', 'conditional', 'questioned', 'denied'];
const SIGNALS = ['loaded_language', 'name_calling', 'exaggeration', 'doubt', 'appeal_to_fear', 'flag_waving',
  'causal_oversimplification', 'conspiracy_framing', 'unsupported_certainty', 'call_to_violence', 'hate_speech', 'fundraising'];

const select = (name, label, values, current) => h('label', {}, label, ' ', h('select', { name },
  h('option', { value: '' }, 'any'), values.map((v) => h('option', { value: v, selected: v === current }, v.replace(/_/g, ' ')))));

export async function claimsView(el, _args, query) {
  const [page, stats] = await Promise.all([api('/api/claims', { ...query, limit: 300 }), api('/api/stats')]);
  const form = h('form', {
    class: 'filters',
    onsubmit: (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
      location.hash = `#/claims?${q}`;
    },
  },
  select('outlet', 'Outlet', stats.outlets.map((o) => o.outlet), query.outlet),
  h('label', {}, 'Source ', h('input', { name: 'source', value: query.source ?? '', placeholder: 'who says so' })),
  h('label', {}, 'Actor ', h('input', { name: 'actor', value: query.actor ?? '', placeholder: 'entity named in it' })),
  select('certainty', 'Certainty', CERTAINTIES, query.certainty),
  select('signal', 'Signal', SIGNALS, query.signal),
  h('button', { type: 'submit' }, 'Filter'), ' ', h('a', { href: '#/claims' }, 'clear'));
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());

  const rows = page.items.map((c) => h('tr', {},
    h('td', { class: 'claim-text' }, h('a', { href: `${route('doc', c.docId)}?claim=${encodeURIComponent(c.claimId)}`, class: 'claim-link' }, c.text)),
    h('td', {}, c.source), h('td', {}, h('span', { class: `tag cert-${c.certainty}` }, c.certainty)),
    h('td', {}, c.attribution.replace(/_/g, ' ')), h('td', {}, c.signals.map((s) => h('span', { class: 'tag signal' }, s.replace(/_/g, ' ')))),
    h('td', {}, c.outlet ?? '—', h('br'), h('span', { class: 'muted' }, c.published ?? ''))));
  el.replaceChildren(h('h1', {}, 'Claim ledger'), form,
    h('p', { class: 'muted' }, `${page.total} claim${page.total === 1 ? '' : 's'}${page.total > page.items.length ? `, first ${page.items.length} shown` : ''}`),
    rows.length ? h('table', { class: 'ledger' },
      h('thead', {}, h('tr', {}, ['Claim', 'Source', 'Certainty', 'Attribution', 'Signals', 'Outlet'].map((t) => h('th', {}, t)))),
      h('tbody', {}, rows)) : empty('No claims match. (Claims appear here once the claim stage has run over ingested articles.)'));
}
