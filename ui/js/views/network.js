/**
 * The actor network: who backs, is allied with, fights or controls whom,
 * laid out with d3-force (run to rest before drawing, so the picture is
 * stable). Click an edge for the sources behind it, a node for its page.
 *
 * @example
 *   location.hash = '#/network?type=fights';
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { api } from '../api.js';
import { RELATION_COLORS } from '../colors.js';
import { empty, h, route, s } from '../dom.js';

const W = 900;
const H = 560;

function sources(panel, edge) {
  panel.replaceChildren(h('h2', {}, `${edge.source} ${edge.type.replace('_', ' ')} ${edge.target}`),
    h('p', { class: 'muted' }, `${edge.documents.length} source${edge.documents.length === 1 ? '' : 's'}`),
    h('ul', {}, edge.documents.map((d) => h('li', {}, h('a', { href: route('doc', d.id), class: 'doc-link' }, d.title ?? d.id),
      d.outlet ? h('span', { class: 'muted' }, ` (${d.outlet})`) : null))));
}

export async function networkView(el, _args, query) {
  const net = await api('/api/network', { type: query.type });
  const types = Object.keys(RELATION_COLORS);
  const bar = h('div', { class: 'filters' }, h('a', { href: '#/network', class: query.type ? '' : 'active' }, 'all'),
    types.map((t) => [' · ', h('a', { href: `#/network?type=${t}`, class: `rel-${t}${query.type === t ? ' active' : ''}` }, t.replace('_', ' '))]));
  if (!net.edges.length) {
    el.replaceChildren(h('h1', {}, 'Actor network'), bar, empty('No relations in the database yet. They appear once the relation stage has run over ingested articles.'));
    return;
  }
  const nodes = net.nodes.map((n) => ({ ...n }));
  const links = net.edges.map((e) => ({ ...e, edge: e }));
  forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.id).distance(110))
    .force('charge', forceManyBody().strength(-420))
    .force('center', forceCenter(W / 2, H / 2))
    .force('collide', forceCollide(30))
    .stop()
    .tick(300);
  const degree = new Map();
  for (const l of links) for (const n of [l.source.id, l.target.id]) degree.set(n, (degree.get(n) ?? 0) + l.edge.documents.length);
  const panel = h('aside', { class: 'panel' }, h('h2', {}, 'Sources'), h('p', { class: 'muted' }, 'Click a line to see the articles behind it; click a name for its page.'));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network' },
    s('defs', {}, types.map((t) => s('marker', { id: `arrow-${t}`, viewBox: '0 0 10 10', refX: 20, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' },
      s('path', { d: 'M0,0L10,5L0,10z', fill: RELATION_COLORS[t] })))),
    links.map((l) => s('line', {
      class: 'edge', x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y, stroke: RELATION_COLORS[l.type] ?? '#999',
      'stroke-width': 1.5 + Math.min(6, l.edge.documents.length), 'marker-end': `url(#arrow-${l.type})`, onclick: () => sources(panel, l.edge),
    }, s('title', {}, `${l.edge.source} ${l.type} ${l.edge.target} (${l.edge.documents.length} sources)`))),
    nodes.map((n) => s('a', { href: route('entity', n.id), class: `node ent-${n.type}` },
      s('circle', { cx: n.x, cy: n.y, r: 6 + Math.min(10, Math.sqrt(degree.get(n.id) ?? 1) * 2) }),
      s('text', { x: n.x + 10, y: n.y + 4 }, n.id))));
  el.replaceChildren(h('h1', {}, 'Actor network'), bar, h('div', { class: 'overview' }, h('div', { class: 'map-box' }, svg), panel));
}
