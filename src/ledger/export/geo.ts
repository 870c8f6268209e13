/**
 * The ledger as GeoJSON (a FeatureCollection of located events, for any
 * GIS) and as PLOVER JSON records (the event-data ontology's own format).
 *
 * @example
 *   JSON.parse(geojson(ledger)).features[0].geometry // => { type: 'Point', coordinates: [lon, lat] }
 */
import type { Ledger } from '../types.js';
import { namer, outletsOf, toll } from './names.js';

export function geojson(ledger: Ledger): string {
  const name = namer(ledger);
  const features = ledger.events.filter((e) => e.place?.lat != null && e.place?.lon != null).map((e) => ({
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [e.place!.lon, e.place!.lat] },
    properties: {
      type: e.type, mode: e.mode, date_first: e.dateFirst, date_last: e.dateLast, place: e.place!.name, admin1: e.place!.admin1,
      actor: name(e.actor) || null, target: name(e.target) || null, killed: toll(e), killed_min: e.killed.min, killed_max: e.killed.max,
      corroboration: e.corroboration, outlets: outletsOf(e.reports), contradictions: e.contradictions.map((c) => c.kind),
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n';
}

export function plover(ledger: Ledger): string {
  const name = namer(ledger);
  return ledger.events.map((e) => JSON.stringify({
    id: e.id,
    date: e.dateFirst,
    event_type: e.type,
    mode: e.mode ?? '',
    context: [],
    actor: name(e.actor),
    recipient: name(e.target),
    location: e.place ? { placename: e.place.name, admin1: e.place.admin1, lat: e.place.lat, lon: e.place.lon } : null,
    fatalities: toll(e),
    source_info: e.reports.map((r) => ({ outlet: r.outlet, doc_id: r.docId, killed: r.killed, wounded: r.wounded, certainty: r.certainty })),
  })).join('\n') + (ledger.events.length ? '\n' : '');
}
