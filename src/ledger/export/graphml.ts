/**
 * The actor network as GraphML for Gephi: entities as nodes, and as edges
 * the ledger's events (actor → target, or → place when no target is
 * named; weighted by outlets) and control
 * claims (holder → place). XML special characters are escaped.
 *
 * @example
 *   graphml(ledger).startsWith('<?xml') // => true
 */
import type { Ledger } from '../types.js';
import { namer } from './names.js';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&${({ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' } as Record<string, string>)[c]};`);

export function graphml(ledger: Ledger): string {
  const name = namer(ledger);
  const nodes = new Map<string, string>();
  const node = (key: string) => { if (!nodes.has(key)) nodes.set(key, key.split(':')[0]!); return key; };
  const edges: { s: string; t: string; kind: string; weight: number; label: string }[] = [];
  for (const e of ledger.events) {
    // An event ties its actor to its target, or, with no target named, to where it happened.
    const to = e.target ?? e.place?.id ?? null;
    if (e.actor && to) edges.push({ s: node(e.actor), t: node(to), kind: e.target ? e.type : `${e.type} at`, weight: e.corroboration, label: `${e.type} ${e.dateFirst ?? ''}`.trim() });
  }
  for (const c of ledger.control) edges.push({ s: node(c.holder), t: node(c.place), kind: 'controls', weight: 1, label: `${c.outlet} ${c.date ?? ''}`.trim() });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <graph id="sitrep" edgedefault="directed">',
    ...[...nodes].map(([key, type]) => `    <node id="${esc(key)}"><data key="label">${esc(name(key))}</data><data key="type">${esc(type)}</data></node>`),
    ...edges.map((e, i) => `    <edge id="e${i}" source="${esc(e.s)}" target="${esc(e.t)}"><data key="kind">${esc(e.kind)}</data><data key="weight">${e.weight}</data><data key="elabel">${esc(e.label)}</data></edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}
