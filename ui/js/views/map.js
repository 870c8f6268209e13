/**
 * The map: Natural Earth countries (world-atlas, served locally) drawn with
 * d3-geo into SVG, events as circles at their place (coloured by type, area
 * by toll) and known places without events as small dots. Nothing is
 * fetched from outside this server.
 *
 * @example
 *   const map = await drawMap(el, { onSelect: (events) => showPanel(events) });
 *   map.update(events, places);
 */
import { geoGraticule10, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { api } from '../api.js';
import { eventColor } from '../colors.js';
import { s } from '../dom.js';

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

/** Events that share a place are spread on a small spiral so each stays clickable. */
function spread(points) {
  const seen = new Map();
  return points.map((p) => {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const angle = n * 2.4;
    const r = n ? 4 + 2.2 * Math.sqrt(n) : 0;
    return { ...p, x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) };
  });
}

const radius = (e) => 4 + 2.2 * Math.sqrt((e.killed ?? 0) + (e.wounded ?? 0) / 2);

export async function drawMap(container, { onSelect }) {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'Map of events' });
  container.replaceChildren(svg);

  async function update(events, places) {
    const located = events.filter((e) => e.place?.lat != null && e.place?.lon != null);
    const pts = [...located.map((e) => [e.place.lon, e.place.lat]), ...places.map((p) => [p.lon, p.lat])];
    // Fit the view to what is there, with a margin; the whole world when nothing is located.
    // Only the countries inside the view are projected: the 50m atlas is too big to draw whole.
    let projection;
    let countries;
    if (pts.length) {
      const lons = pts.map((p) => p[0]);
      const lats = pts.map((p) => p[1]);
      const pad = Math.max(2, (Math.max(...lons) - Math.min(...lons)) * 0.25, (Math.max(...lats) - Math.min(...lats)) * 0.25);
      const view = [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad];
      projection = geoMercator().fitExtent([[10, 10], [W - 10, H - 10]], { type: 'MultiPoint', coordinates: [[view[0], view[1]], [view[2], view[3]]] });
      const [x0, y1] = projection.invert([0, 0]);
      const [x1, y0] = projection.invert([W, H]);
      const wide = view[2] - view[0] > 60;
      countries = (await loadAtlas(wide ? '110m' : '50m')).filter((c) => overlaps(c.box, [x0 - 1, y0 - 1, x1 + 1, y1 + 1]));
      projection.clipExtent([[0, 0], [W, H]]);
    } else {
      projection = geoNaturalEarth1().fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
      countries = await loadAtlas('110m');
    }
    const path = geoPath(projection);
    const layer = [
      pts.length ? s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }) : s('path', { class: 'sea', d: path({ type: 'Sphere' }) }),
      s('path', { class: 'graticule', d: path(geoGraticule10()) }),
      s('path', { class: 'land', d: path({ type: 'FeatureCollection', features: countries.map((c) => c.f) }) }),
    ];
    for (const p of places) {
      const [x, y] = projection([p.lon, p.lat]);
      layer.push(s('g', { class: 'place' },
        s('circle', { cx: x, cy: y, r: 2.5 }),
        s('text', { x: x + 5, y: y - 4 }, p.name)));
    }
    const circles = spread(located.map((e) => {
      const [x, y] = projection([e.place.lon, e.place.lat]);
      return { e, x, y };
    })).sort((a, b) => radius(b.e) - radius(a.e));
    for (const { e, x, y } of circles) {
      const c = s('circle', {
        class: 'event', cx: x.toFixed(1), cy: y.toFixed(1), r: radius(e).toFixed(1), fill: eventColor(e.type),
        'data-event': `${e.docId}/${e.seq}`, tabindex: 0, role: 'button',
        onclick: () => onSelect(located.filter((o) => o.place.name === e.place.name), e),
        onkeydown: (ev) => { if (ev.key === 'Enter') onSelect(located.filter((o) => o.place.name === e.place.name), e); },
      }, s('title', {}, `${e.type}${e.mode ? ` (${e.mode})` : ''} at ${e.place.name}${e.date ? `, ${e.date}` : ''}`));
      layer.push(c);
    }
    svg.replaceChildren(...layer);
    return located.length;
  }

  return { update };
}

/** Places with coordinates (for the dots under the events). */
export async function loadPlaces() {
  const { items } = await api('/api/entities', { type: 'place', limit: 500 });
  return items.filter((p) => p.lat != null && p.lon != null);
}
