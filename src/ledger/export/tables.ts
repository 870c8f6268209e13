/**
 * Event tables in the column conventions of ACLED and UCDP GED, so that
 * sitrep's ledger can be read with the tools analysts already use.
 *
 * @example
 *   acledCsv(ledger) // => 'event_id_cnty,event_date,year,…'
 */
import type { Ledger, LedgerEvent } from '../types.js';
import { csv } from './csv.js';
import { namer, outletsOf, toll } from './names.js';

/** PLOVER type and mode to ACLED's event type and sub-event type. */
function acledType(e: LedgerEvent): [string, string] {
  if (e.type === 'ASSAULT') {
    switch (e.mode) {
      case 'aerial': case 'drone': return ['Explosions/Remote violence', 'Air/drone strike'];
      case 'heavy-weapons': return ['Explosions/Remote violence', 'Shelling/artillery/missile attack'];
      case 'explosives': return ['Explosions/Remote violence', 'Remote explosive/landmine/IED'];
      case 'suicide-attack': return ['Explosions/Remote violence', 'Suicide bomb'];
      case 'unconventional': return ['Explosions/Remote violence', 'Chemical weapon'];
      case 'seize': return ['Strategic developments', 'Non-violent transfer of territory'];
      case 'abduct': return ['Violence against civilians', 'Abduction/forced disappearance'];
      case 'execution': case 'targeted': return ['Violence against civilians', 'Attack'];
      default: return ['Battles', 'Armed clash'];
    }
  }
  if (e.type === 'PROTEST') return ['Protests', 'Peaceful protest'];
  return ['Strategic developments', 'Other'];
}

export function acledCsv(ledger: Ledger): string {
  const name = namer(ledger);
  const rows = ledger.events.map((e, i) => {
    const [type, sub] = acledType(e);
    return [`SITREP${i + 1}`, e.dateFirst, e.dateFirst?.slice(0, 4) ?? null, type, sub, name(e.actor), name(e.target),
      e.place?.admin1 ?? null, e.place?.name ?? null, e.place?.lat ?? null, e.place?.lon ?? null, outletsOf(e.reports).join('; '),
      `${e.type}${e.mode ? `/${e.mode}` : ''}; ${e.corroboration} outlet(s)${e.contradictions.length ? `; contradictions: ${e.contradictions.map((c) => c.kind).join(', ')}` : ''}`,
      toll(e) ?? 0];
  });
  return csv([['event_id_cnty', 'event_date', 'year', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'location',
    'latitude', 'longitude', 'source', 'notes', 'fatalities'], ...rows]);
}

export function ucdpCsv(ledger: Ledger): string {
  const name = namer(ledger);
  const rows = ledger.events.filter((e) => e.type === 'ASSAULT').map((e, i) => [
    i + 1, e.dateFirst?.slice(0, 4) ?? null, name(e.actor), name(e.target), e.reports.length, outletsOf(e.reports).join('; '),
    e.place?.name ?? null, e.place?.admin1 ?? null, e.place?.lat ?? null, e.place?.lon ?? null,
    e.dateFirst, e.dateLast, toll(e), e.killed.max, e.killed.min,
  ]);
  return csv([['id', 'year', 'side_a', 'side_b', 'number_of_sources', 'source_office', 'where_coordinates', 'adm_1',
    'latitude', 'longitude', 'date_start', 'date_end', 'best', 'high', 'low'], ...rows]);
}
