/**
 * The timeline: events per day (or per month over long spans) as an SVG
 * histogram. Drag across it to choose a date range (brushing); double-click
 * to clear. The chosen range is handed to `onBrush` as ISO dates.
 *
 * @example
 *   drawTimeline(el, events, { range: { from, to }, onBrush: ({ from, to }) => filter(from, to) });
 */
import { eventColor } from '../colors.js';
import { h, s } from '../dom.js';

const W = 900;
const H = 130;
const PAD = { left: 30, right: 10, top: 18, bottom: 22 };
const DAY = 86_400_000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);

export function drawTimeline(container, events, { range, onBrush }) {
  const dated = events.filter((e) => e.date);
  if (!dated.length) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No dated events to place on a timeline yet.'));
    return;
  }
  // The axis spans the 1st to the 99th percentile of dates, so that a stray date decades away
  // (a background mention) does not squash the rest; the events outside it are counted in a note.
  const times = dated.map((e) => Date.parse(e.date)).sort((a, b) => a - b);
  const cut = times.length >= 100 ? Math.floor(times.length * 0.01) : 0;
  const t0 = times[cut];
  const t1 = times[times.length - 1 - cut] + DAY;
  const outside = times.filter((t) => t < t0 || t >= t1).length;
  const monthly = t1 - t0 > 180 * DAY;
  const bucketOf = (t) => (monthly ? iso(t).slice(0, 7) + '-01' : iso(t));
  const next = (d) => { const x = new Date(d); if (monthly) x.setUTCMonth(x.getUTCMonth() + 1); else x.setUTCDate(x.getUTCDate() + 1); return iso(x); };
  const buckets = [];
  for (let d = bucketOf(t0); Date.parse(d) < t1; d = next(d)) buckets.push(d);
  const counts = new Map(buckets.map((b) => [b, new Map()]));
  for (const e of dated) {
    const m = counts.get(bucketOf(Date.parse(e.date)));
    m?.set(e.type, (m.get(e.type) ?? 0) + 1);
  }
  const max = Math.max(1, ...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  const bw = (W - PAD.left - PAD.right) / buckets.length;
  const y = (n) => (H - PAD.bottom) - (n / max) * (H - PAD.top - PAD.bottom);
  const bars = [];
  buckets.forEach((b, i) => {
    let acc = 0;
    for (const [type, n] of counts.get(b)) {
      bars.push(s('rect', { x: PAD.left + i * bw + 0.5, y: y(acc + n), width: Math.max(1, bw - 1), height: y(acc) - y(acc + n), fill: eventColor(type) },
        s('title', {}, `${b}: ${n} ${type}`)));
      acc += n;
    }
  });
  const labels = [buckets[0], buckets[Math.floor(buckets.length / 2)], buckets.at(-1)].map((b, i) =>
    s('text', { x: PAD.left + [0, 0.5, 1][i] * (W - PAD.left - PAD.right), y: H - 6, 'text-anchor': ['start', 'middle', 'end'][i] }, monthly ? b.slice(0, 7) : b));
  const brush = s('rect', { class: 'brush', y: PAD.top, height: H - PAD.top - PAD.bottom, x: 0, width: 0 });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', 'aria-label': 'Timeline of events; drag to choose dates' },
    s('text', { x: 2, y: PAD.top + 8, class: 'axis' }, String(max)), ...bars, ...labels, brush,
    outside ? s('text', { x: W - PAD.right, y: 11, 'text-anchor': 'end' }, `${outside} events dated outside this axis`) : null);

  const toX = (ev) => { const r = svg.getBoundingClientRect(); return ((ev.clientX - r.left) / r.width) * W; };
  const indexAt = (x) => Math.min(buckets.length - 1, Math.max(0, Math.floor((x - PAD.left) / bw)));
  const show = (i, j) => { brush.setAttribute('x', PAD.left + Math.min(i, j) * bw); brush.setAttribute('width', (Math.abs(j - i) + 1) * bw); };
  if (range.from || range.to) {
    const i = buckets.findIndex((b) => next(b) > (range.from ?? buckets[0]));
    const j = buckets.findLastIndex((b) => b <= (range.to ?? buckets.at(-1)));
    if (i >= 0 && j >= 0) show(i, j);
  }
  let start = null;
  svg.addEventListener('pointerdown', (ev) => { start = indexAt(toX(ev)); svg.setPointerCapture(ev.pointerId); show(start, start); });
  svg.addEventListener('pointermove', (ev) => { if (start != null) show(start, indexAt(toX(ev))); });
  svg.addEventListener('pointerup', (ev) => {
    if (start == null) return;
    const end = indexAt(toX(ev));
    const [i, j] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    const to = new Date(Date.parse(next(buckets[j])) - DAY);
    onBrush({ from: buckets[i], to: iso(to) });
  });
  svg.addEventListener('dblclick', () => { brush.setAttribute('width', 0); onBrush({ from: null, to: null }); });
  container.replaceChildren(svg);
}
