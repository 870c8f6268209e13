/**
 * The overview: the map and the timeline over the same events. Brushing
 * the timeline narrows the map and the list; clicking an event on the map
 * lists what happened there, with links to the event, its parties and
 * its source article. `#/?actor=X&type=ASSAULT&from=…&to=…` sets filters.
 *
 * @example
 *   location.hash = '#/?actor=' + encodeURIComponent('Syrian army');
 */
import { api } from '../api.js';
import { EVENT_COLORS, eventColor } from '../colors.js';
import { empty, entityLink, fmtToll, h, route } from '../dom.js';
import { drawMap, loadPlaces } from './map.js';
import { drawTimeline } from './timeline.js';

export function eventItem(e) {
  return h('li', { class: 'event-item' },
    h('span', { class: 'swatch', style: { background: eventColor(e.type) } }),
    h('a', { href: route('event', e.docId, e.seq), class: 'event-link' }, `${e.type}${e.mode ? ` · ${e.mode}` : ''}`),
    ' ', h('span', { class: 'muted' }, [e.date ?? 'date unknown', fmtToll(e)].filter(Boolean).join(' · ')),
    h('div', { class: 'parties' },
      e.actor ? entityLink(e.actor.name) : h('span', { class: 'muted' }, 'unknown actor'),
      ' → ', e.target ? entityLink(e.target.name) : h('span', { class: 'muted' }, '—'),
      e.place ? [' at ', entityLink(e.place.name, 'entity place')] : null),
    h('div', { class: 'source' }, 'reported by ', h('a', { href: route('doc', e.docId), class: 'doc-link' }, e.title ?? e.docId),
      e.outlet ? h('span', { class: 'muted' }, ` (${e.outlet})`) : null));
}

/** The colours in use; each links to the map of that type alone. */
function legend(types, query) {
  if (!types.length) return null;
  const link = (type) => `#/?${new URLSearchParams(Object.entries({ ...query, type }).filter(([, v]) => v))}`;
  return h('div', { class: 'legend' }, types.map((t) => h('a', { class: 'legend-item', href: link(t), title: `only ${t} events` },
    h('span', { class: 'swatch', style: { background: eventColor(t) } }), t)),
    h('span', { class: 'muted' }, ' · circle area grows with the toll · scroll to zoom, drag to pan, double-click for the whole view'));
}

export async function overviewView(el, _args, query) {
  const filters = { actor: query.actor ?? null, type: query.type ?? null };
  const range = { from: query.from ?? null, to: query.to ?? null };
  const mapBox = h('div', { class: 'map-box' });
  const drawing = drawMap(mapBox, { onSelect: (here, place) => select(here, place) });
  const [{ items: events, total }, places] = await Promise.all([api('/api/events', { ...filters, limit: 10000 }), loadPlaces()]);

  const panel = h('aside', { class: 'panel' });
  const timeBox = h('div', { class: 'timeline-box' });
  const status = h('p', { class: 'muted status' });
  const typeSelect = h('select', { name: 'type', onchange: () => go({ type: typeSelect.value || null }) },
    h('option', { value: '' }, 'all event types'), Object.keys(EVENT_COLORS).map((t) => h('option', { value: t, selected: t === filters.type }, t)));
  const bar = h('div', { class: 'filters' }, typeSelect,
    filters.actor ? h('span', { class: 'chip' }, `actor: ${filters.actor} `, h('a', { href: '#/', 'aria-label': 'clear actor filter' }, '×')) : null,
    h('span', { class: 'range' }));

  function go(change) {
    const q = new URLSearchParams(Object.entries({ ...filters, ...range, ...change }).filter(([, v]) => v));
    location.hash = `#/?${q}`;
  }
  const inRange = (e) => (!range.from || (e.date && e.date >= range.from)) && (!range.to || (e.date && e.date <= range.to));
  const map = await drawing;

  function select(here, place) {
    const shown = here.filter(inRange);
    panel.replaceChildren(h('h2', {}, place.name),
      h('p', { class: 'muted' }, [place.admin1, `${shown.length} event${shown.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
      h('ul', { class: 'events' }, shown.slice(0, 200).map(eventItem)),
      h('p', {}, h('a', { href: route('entity', place.name) }, `Everything about ${place.name} →`)));
  }

  async function refresh() {
    const shown = events.filter(inRange);
    const located = await map.update(shown, places, events);
    bar.querySelector('.range').textContent = range.from || range.to ? `dates ${range.from ?? '…'} to ${range.to ?? '…'} (double-click the timeline to clear)` : '';
    status.textContent = `${shown.length} of ${total} events shown; ${located} have a place on the map`;
    panel.replaceChildren(h('h2', {}, 'Events'),
      shown.length ? h('ul', { class: 'events' }, shown.slice(0, 200).map(eventItem))
        : empty(total ? 'No events in the chosen range.' : 'No events in the database yet. Ingest articles with sitrep ingest; events appear here as the event stage finds them.'));
  }

  drawTimeline(timeBox, events, {
    range,
    onBrush: (r) => {
      Object.assign(range, r);
      const q = new URLSearchParams(Object.entries({ ...filters, ...range }).filter(([, v]) => v));
      history.replaceState(null, '', `#/?${q}`);
      void refresh();
    },
  });
  await refresh();
  el.replaceChildren(bar, h('div', { class: 'overview' }, h('div', {}, mapBox, legend([...new Set(events.map((e) => e.type))], { ...filters, ...range }), status), panel),
    h('h2', { class: 'sub' }, 'Timeline'), timeBox);
}
