/**
 * The map: Natural Earth countries (world-atlas, served locally) drawn with
 * d3-geo into SVG, events as circles at their place (coloured by type, area
 * by toll) and known places without events as small dots; it zooms and
 * pans (`zoom.js`). Nothing is fetched from outside this server.
 *
 * @example
 *   const map = await drawMap(el, { onSelect: (events) => showPanel(events) });
 *   map.update(events, places);
 */
import { geoGraticule10, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
// Only the one module of topojson-client that the map needs (and the three it imports).
import feature from 'topojson-client/feature.js';
import { api } from '../api.js';
import { eventColor } from '../colors.js';
import { s } from '../dom.js';
import { zoomable } from './zoom.js';

const atlases = {};
/** The Natural Earth countries at a scale ('50m' for a region, '110m' for the world), with each country's lon/lat box. */
function loadAtlas(scale) {
  atlases[scale] ??= fetch(`/vendor/countries-${scale}.json`).then((r) => r.json()).then((world) =>
    feature(world, world.objects.countries).features.map((f) => ({ f, box: boxOf(f.geometry) })));
  return atlases[scale];
}

function boxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]); box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else for (const x of c) walk(x);
  };
  if (geometry) walk(geometry.coordinates);
  return box;
}

const overlaps = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

const W = 900;
const H = 560;

/** Groups of events at one place and of one type: one circle each. */
function groups(located) {
  const byKey = new Map();
  for (const e of located) {
    const key = `${e.place.name}\u0000${e.type}`;
    const g = byKey.get(key) ?? { place: e.place, type: e.type, events: [], toll: 0 };
    g.events.push(e);
    g.toll += (e.killed ?? 0) + (e.wounded ?? 0) / 2;
    byKey.set(key, g);
  }
  return [...byKey.values()];
}

/** Circle weight: the toll, and a little the number of events; the area of a circle grows with it. */
const weight = (g) => g.toll + g.events.length / 2;

const valid = (lon, lat) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 85 && Math.abs(lon) <= 180;

/** The lon/lat box around most of the points: a few far-off places do not zoom the map out to the world. */
function extent(pts) {
  const q = (xs, f) => { const v = xs.slice().sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.floor(f * (v.length - 1)))]; };
  const cut = pts.length >= 20 ? 0.05 : 0;
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const box = [q(lons, cut), q(lats, cut), q(lons, 1 - cut), q(lats, 1 - cut)];
  const pad = Math.max(2, (box[2] - box[0]) * 0.2, (box[3] - box[1]) * 0.2);
  return [box[0] - pad, Math.max(-80, box[1] - pad), box[2] + pad, Math.min(80, box[3] + pad)];
}

export async function drawMap(container, { onSelect }) {
  void loadAtlas('50m'); // start fetching the basemap while the events load
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'group', tabindex: 0, 'aria-label': 'Map of events: scroll or press + and - to zoom, drag to pan, double-click or press 0 to see all' });
  container.replaceChildren(svg);
  const zoom = zoomable(svg, W, H);

  /** Draws `events`, fitting the view to `frame` (all events, so that brushing dates does not move the map). */
  async function update(events, places, frame = events) {
    const isLocated = (e) => e.place && valid(e.place.lon, e.place.lat);
    const located = events.filter(isLocated);
    const framed = frame.filter(isLocated);
    const shownPlaces = places.filter((p) => valid(p.lon, p.lat));
    const pts = (framed.length ? framed.map((e) => e.place) : shownPlaces).map((p) => [p.lon, p.lat]);
    // Fit the view to where the events are; the whole world when nothing is located or they are
    // spread over it. Only the countries in view are projected: the 50m atlas is too big to draw whole.
    const view = pts.length ? extent(pts) : null;
    const regional = view && view[2] - view[0] <= 70 && view[3] - view[1] <= 50;
    let projection;
    let countries;
    if (regional) {
      projection = geoMercator().fitExtent([[10, 10], [W - 10, H - 10]], { type: 'MultiPoint', coordinates: [[view[0], view[1]], [view[2], view[3]]] });
      const [x0, y1] = projection.invert([0, 0]);
      const [x1, y0] = projection.invert([W, H]);
      countries = (await loadAtlas('50m')).filter((c) => overlaps(c.box, [x0 - 1, y0 - 1, x1 + 1, y1 + 1]));
      projection.clipExtent([[0, 0], [W, H]]);
    } else {
      projection = geoNaturalEarth1().fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
      countries = await loadAtlas('110m');
    }
    const path = geoPath(projection);
    const inView = ([x, y]) => x >= 0 && x <= W && y >= 0 && y <= H;
    const layer = [
      regional ? s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }) : s('path', { class: 'sea', d: path({ type: 'Sphere' }) }),
      s('path', { class: 'graticule', d: path(geoGraticule10()) }),
      s('path', { class: 'land', d: path({ type: 'FeatureCollection', features: countries.map((c) => c.f) }) }),
    ];
    // Places come most-reported first; only the first few in view get a label.
    let labels = 0;
    for (const p of shownPlaces) {
      const xy = projection([p.lon, p.lat]);
      if (!xy || !inView(xy)) continue;
      layer.push(s('g', { class: 'place' }, s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 2 }),
        labels++ < 25 ? s('text', { x: (xy[0] + 5).toFixed(1), y: (xy[1] - 4).toFixed(1) }, p.name) : null));
    }
    const circles = groups(located).map((g) => ({ g, xy: projection([g.place.lon, g.place.lat]) }))
      .filter(({ xy }) => xy && inView(xy)).sort((a, b) => weight(b.g) - weight(a.g));
    const heaviest = Math.max(1, ...circles.map(({ g }) => weight(g)));
    const radius = (g) => 3 + 25 * Math.sqrt(weight(g) / heaviest);
    for (const { g, xy } of circles) {
      const here = () => located.filter((o) => o.place.name === g.place.name);
      const killed = g.events.reduce((n, e) => n + (e.killed ?? 0), 0);
      layer.push(s('circle', {
        class: 'event', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius(g).toFixed(1), fill: eventColor(g.type),
        'data-place': g.place.name, 'data-type': g.type, tabindex: 0, role: 'button',
        onclick: () => onSelect(here(), g.place),
        onkeydown: (ev) => { if (ev.key === 'Enter') onSelect(here(), g.place); },
      }, s('title', {}, `${g.events.length} ${g.type} event${g.events.length === 1 ? '' : 's'} at ${g.place.name}${killed ? `, ${killed} killed` : ''}`)));
    }
    svg.replaceChildren(...layer);
    zoom.reset();
    return located.length;
  }

  return { update };
}

/** Places with coordinates (for the dots under the events). */
export async function loadPlaces() {
  const { items } = await api('/api/entities', { type: 'place', limit: 500 });
  return items.filter((p) => p.lat != null && p.lon != null);
}
