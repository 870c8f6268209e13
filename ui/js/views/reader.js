/**
 * The article reader: the text exactly as stored, with entities, claims,
 * quotations and rhetorical signals highlighted, the comment section set
 * apart from the article, and a side panel of what was extracted.
 * `?claim=<id>` or `?event=<n>` scrolls to and marks that span.
 *
 * @example
 *   location.hash = route('doc', docId) + '?claim=c2';
 */
import { api } from '../api.js';
import { empty, entityLink, h, route } from '../dom.js';
import { annotationsOf, highlight } from './highlight.js';

const BLOCKS = new Set(['headline', 'body', 'comment', 'boilerplate']);

function blocks(rec) {
  const text = rec.doc.text;
  const segs = rec.segments.filter((s) => BLOCKS.has(s.kind)).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const s of segs) {
    if (s.start > at && text.slice(at, s.start).trim()) out.push({ kind: 'body', start: at, end: s.start });
    out.push(s);
    at = Math.max(at, s.end);
  }
  if (at < text.length && text.slice(at).trim()) out.push({ kind: segs.length ? 'boilerplate' : 'body', start: at, end: text.length });
  // Blank lines between blocks are the blocks' margins, not text to show.
  return out.map((b) => {
    let { start, end } = b;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { ...b, start, end };
  }).filter((b) => b.end > b.start);
}

function sidePanel(rec) {
  const byType = new Map();
  for (const e of rec.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  return h('aside', { class: 'panel' },
    h('h2', {}, 'Entities'),
    rec.entities.length ? [...byType].map(([type, list]) => h('p', {}, h('span', { class: `tag ent-${type}` }, type), ' ',
      list.map((e, i) => [i ? ', ' : '', entityLink(e.name)]))) : empty('None found.'),
    h('h2', {}, 'Claims'),
    rec.claims.length ? h('ol', { class: 'claims' }, rec.claims.map((c) => h('li', {},
      h('a', { href: `${route('doc', rec.doc.id)}?claim=${encodeURIComponent(c.id)}` }, c.source), ` — ${c.certainty}, ${c.attribution.replace(/_/g, ' ')}`))) : empty('None found.'),
    h('h2', {}, 'Events'),
    rec.events.length ? h('ul', {}, rec.events.map((e, i) => h('li', {}, h('a', { href: route('event', rec.doc.id, i), class: 'event-link' }, e.type),
      e.date ? ` ${e.date}` : '', e.casualties?.killed != null ? `, ${e.casualties.killed} killed` : ''))) : empty('None found.'),
    h('h2', {}, 'Signals'),
    rec.signals.length ? h('ul', {}, rec.signals.map((s) => h('li', { class: `sig-${s.kind}` }, s.kind.replace(/_/g, ' ')))) : empty('None found.'),
    rec.warnings.length ? [h('h2', {}, 'Warnings'), h('ul', {}, rec.warnings.map((w) => h('li', {}, w)))] : null);
}

export async function readerView(el, [id], query) {
  const rec = await api(`/api/documents/${encodeURIComponent(id)}`);
  const { doc } = rec;
  const notes = annotationsOf(rec, query.event);
  const article = h('div', { class: 'article-text' });
  const comments = h('div', { class: 'comment-text' });
  for (const b of blocks(rec)) {
    if (b.kind === 'headline' && doc.text.slice(b.start, b.end).trim() === (doc.title ?? '').trim()) continue;
    const block = h(b.kind === 'headline' ? 'h2' : 'div', { class: `block ${b.kind}` }, highlight(doc.text, b.start, b.end, notes));
    (b.kind === 'comment' ? comments : article).append(block);
  }
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : doc.url;
  el.replaceChildren(h('div', { class: 'reader' },
    h('article', {},
      h('p', { class: 'outlet' }, doc.outlet ?? 'outlet unknown'),
      h('h1', { class: 'doc-title' }, doc.title ?? '(no title)'),
      h('p', { class: 'muted meta' }, [doc.published ?? 'date unknown', doc.byline, doc.source].filter(Boolean).join(' · '), url ? [' · ', url] : null),
      h('p', { class: 'legend' }, h('span', { class: 'ent' }, 'entity'), ' ', h('span', { class: 'claim' }, 'claim'), ' ',
        h('span', { class: 'quote' }, 'quotation'), ' ', h('span', { class: 'signal' }, 'rhetorical signal')),
      article,
      comments.childNodes.length ? h('section', { class: 'comments' }, h('h2', {}, 'Comment section'),
        h('p', { class: 'muted' }, 'Reader comments below the article: not part of the reporting.'), comments) : null),
    sidePanel(rec)));
  const focus = query.claim ? el.querySelector(`[data-claim="${CSS.escape(query.claim)}"]`) : el.querySelector('.event-focus');
  if (focus) { focus.classList.add('focus'); focus.scrollIntoView({ block: 'center' }); }
}
