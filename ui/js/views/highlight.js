/**
 * Highlighting over unchanged text: annotations are `[start, end)` offsets
 * into the document text; the text is cut at every boundary and each
 * piece becomes a text node, or a span carrying the classes of every
 * annotation that covers it (so overlapping annotations never break the
 * text). Text is only ever inserted as text.
 *
 * @example
 *   block.append(...highlight(text, 0, text.length, [{ start: 4, end: 9, cls: 'claim', title: 'the army (asserted)' }]));
 */
import { h, route } from '../dom.js';

export function highlight(text, from, to, annotations) {
  const inside = annotations.filter((a) => a.start < to && a.end > from);
  const cuts = new Set([from, to]);
  for (const a of inside) { cuts.add(Math.max(from, a.start)); cuts.add(Math.min(to, a.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = inside.filter((x) => x.start <= a && x.end >= b);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const entity = covering.find((x) => x.entity);
    // A claim's first piece carries a marker, so that back-to-back claims stay told apart.
    const starts = covering.some((x) => x.claim && x.start === a) ? ' claim-start' : '';
    const attrs = {
      class: covering.map((x) => x.cls).join(' ') + starts,
      title: covering.map((x) => x.title).filter(Boolean).join('\n'),
      'data-claim': covering.find((x) => x.claim)?.claim,
    };
    nodes.push(entity ? h('a', { ...attrs, href: route('entity', entity.entity) }, piece) : h('span', attrs, piece));
  }
  return nodes;
}

/** Every annotation of a record, as highlight spans. */
export function annotationsOf(rec, focusEvent) {
  const out = [];
  for (const e of rec.entities) {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, cls: `ent ent-${e.type}`, title: `${e.name} (${e.type})`, entity: e.name });
  }
  for (const c of rec.claims) {
    out.push({ start: c.start, end: c.end, cls: `claim cert-${c.certainty}`, title: `claim by ${c.source}: ${c.attribution.replace(/_/g, ' ')}, ${c.certainty}`, claim: c.id });
  }
  for (const s of rec.signals) {
    if (s.kind !== 'comment_section') out.push({ start: s.start, end: s.end, cls: `signal sig-${s.kind}`, title: `signal: ${s.kind.replace(/_/g, ' ')}` });
  }
  for (const s of rec.segments) if (s.kind === 'quote') out.push({ start: s.start, end: s.end, cls: 'quote', title: 'quotation' });
  const ev = focusEvent != null ? rec.events[Number(focusEvent)] : null;
  if (ev) out.push({ start: ev.start, end: ev.end, cls: 'event-focus', title: `event: ${ev.type}` });
  return out;
}
