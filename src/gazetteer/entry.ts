/**
 * A gazetteer entry and the one-line TSV format its files are written in
 * (`data/gazetteer/*.tsv`):
 *
 *     id  type  name  aliases  country  admin1  lat  lon  population  attrs
 *
 * `aliases` are `|`-separated; `attrs` are `key=value` pairs separated by
 * `;`, a value may itself be a `|` list. Lines starting with `#` are
 * comments. Empty cells are left empty.
 *
 * @example
 *   parseEntry('actor:sdf\tactor\tSyrian Democratic Forces\tSDF|QSD\t\t\t\t\t\tbackers=US;group=kurdish', 'actors.tsv')
 *   // => { id: 'actor:sdf', type: 'actor', name: 'Syrian Democratic Forces', aliases: ['SDF', 'QSD'], attrs: { backers: 'US', group: 'kurdish' }, … }
 */
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../core/record.js';

const num = z.union([z.literal('').transform(() => undefined), z.coerce.number()]);

const RowSchema = z.object({
  id: z.string().regex(/^[a-z]+:[\w.-]+$/, 'an id like actor:sdf'),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.string(),
  country: z.union([z.literal(''), z.string().length(2)]),
  admin1: z.string(),
  lat: num,
  lon: num,
  population: num,
  attrs: z.string(),
});

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** First-level division, English name. */
  admin1?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** Free attributes: demonyms, capitalOf, backers, parent, leads, group, common, … */
  attrs: Readonly<Record<string, string>>;
  /** The data file it comes from. */
  source: string;
}

const COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'admin1', 'lat', 'lon', 'population', 'attrs'] as const;

/** `a|b|c` → ['a', 'b', 'c'], empty parts dropped. */
export const list = (s: string | undefined): string[] => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of s.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return out;
}

/** One TSV line to an entry; throws with the file and line on a malformed row. */
export function parseEntry(line: string, source: string, lineNo = 0): GazetteerEntry {
  const cells = line.split('\t');
  if (cells.length > COLUMNS.length) throw new Error(`${source}:${lineNo}: ${cells.length} columns, at most ${COLUMNS.length} (id, type, name, aliases, country, admin1, lat, lon, population, attrs)`);
  const row = RowSchema.safeParse(Object.fromEntries(COLUMNS.map((c, i) => [c, (cells[i] ?? '').trim()])));
  if (!row.success) throw new Error(`${source}:${lineNo}: ${row.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const r = row.data;
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    aliases: list(r.aliases),
    ...(r.country ? { country: r.country } : {}),
    ...(r.admin1 ? { admin1: r.admin1 } : {}),
    ...(r.lat !== undefined && r.lon !== undefined ? { lat: r.lat, lon: r.lon } : {}),
    ...(r.population !== undefined ? { population: r.population } : {}),
    attrs: parseAttrs(r.attrs),
    source,
  };
}

/** Every entry of a TSV file's text. */
export function parseEntries(text: string, source: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() && !line.startsWith('#')) out.push(parseEntry(line, source, i + 1));
  });
  return out;
}

/** An entry back to its TSV line (used by the script that generates the data files). */
export function formatEntry(e: Omit<GazetteerEntry, 'source'>): string {
  const attrs = Object.entries(e.attrs).map(([k, v]) => `${k}=${v}`).join(';');
  return [e.id, e.type, e.name, e.aliases.join('|'), e.country ?? '', e.admin1 ?? '', e.lat ?? '', e.lon ?? '', e.population ?? '', attrs].join('\t');
}
