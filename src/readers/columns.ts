/**
 * Which column of a CSV (or field of a JSON line) holds the text, title,
 * date, id and outlet: an explicit `--columns` mapping, a preset recognised
 * from the header (FA-KES, FakeNewsCorpus), or a guess from common names.
 *
 * @example
 *   parseColumnsFlag('text=article_content,id=unit_id') // => { text: 'article_content', id: 'unit_id' }
 *   resolveColumns(['unit_id', 'article_title', 'article_content', …]) // => the FA-KES preset
 */
import { UserError } from '../core/errors.js';
import { digest } from '../core/ids.js';
import { findDateline, parsePublished } from './dates.js';
import type { ColumnMapping, RawDoc } from './raw-doc.js';

export interface Preset {
  name: string;
  /** Every one of these columns must be in the header for the preset to apply. */
  signature: string[];
  columns: ColumnMapping;
}

export const PRESETS: Preset[] = [
  {
    name: 'fa-kes',
    signature: ['unit_id', 'article_title', 'article_content'],
    columns: { text: 'article_content', title: 'article_title', date: 'date', id: 'unit_id', outlet: 'source' },
  },
  {
    name: 'fakenewscorpus',
    signature: ['id', 'domain', 'type', 'url', 'content', 'title'],
    columns: { text: 'content', title: 'title', id: 'id', outlet: 'domain', url: 'url' },
  },
];

const GUESSES: Record<keyof ColumnMapping, string[]> = {
  text: ['text', 'content', 'body', 'article', 'article_text', 'article_content', 'story'],
  title: ['title', 'headline', 'article_title'],
  date: ['published', 'date', 'published_at', 'pubdate', 'publication_date', 'datetime'],
  id: ['id', 'unit_id', 'doc_id', 'guid', 'uuid'],
  outlet: ['outlet', 'source', 'publisher', 'domain', 'site'],
  url: ['url', 'link'],
};

const KEYS = Object.keys(GUESSES) as (keyof ColumnMapping)[];

/** Parses `--columns text=body,title=headline`; throws a UserError on a malformed value. */
export function parseColumnsFlag(value: string): ColumnMapping {
  const out: Partial<ColumnMapping> = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, col] = pair.split('=').map((s) => s.trim());
    if (!key || !col || !KEYS.includes(key as keyof ColumnMapping)) {
      throw new UserError({ file: '--columns', message: `cannot read "${pair}"`, fix: `write KEY=COLUMN pairs with KEY one of ${KEYS.join(', ')}` }, 2);
    }
    out[key as keyof ColumnMapping] = col;
  }
  if (!out.text) throw new UserError({ file: '--columns', message: 'no text column given', fix: 'add text=COLUMN' }, 2);
  return out as ColumnMapping;
}

export type Resolved = { ok: true; columns: ColumnMapping; preset?: string } | { ok: false; message: string; fix: string };

/** Picks the mapping for a header, checking that an explicit mapping's columns exist. */
export function resolveColumns(header: string[], explicit?: ColumnMapping): Resolved {
  const has = new Set(header);
  if (explicit) {
    const missing = Object.values(explicit).filter((c) => !has.has(c));
    if (missing.length) {
      return { ok: false, message: `no column named ${missing.map((m) => `"${m}"`).join(', ')}`, fix: `the header has: ${header.join(', ')}` };
    }
    return { ok: true, columns: explicit };
  }
  const preset = PRESETS.find((p) => p.signature.every((c) => has.has(c)));
  if (preset) return { ok: true, columns: preset.columns, preset: preset.name };
  const lower = new Map(header.map((h) => [h.toLowerCase().trim(), h]));
  const guess: Partial<ColumnMapping> = {};
  for (const key of KEYS) {
    const hit = GUESSES[key].find((g) => lower.has(g));
    if (hit) guess[key] = lower.get(hit)!;
  }
  if (!guess.text) {
    return { ok: false, message: 'no text column found', fix: `pass --columns text=COLUMN; the header has: ${header.join(', ')}` };
  }
  return { ok: true, columns: guess as ColumnMapping };
}

/** A row (CSV record or JSON object) to a document; `source` is `file#id` (or `file#row`). */
export function rowToDoc(file: string, row: Record<string, unknown>, columns: ColumnMapping, rowNo: number): RawDoc {
  const get = (key: keyof ColumnMapping) => {
    const col = columns[key];
    const v = col === undefined ? undefined : row[col];
    return v === undefined || v === null ? '' : String(v).trim();
  };
  const text = get('text').replace(/\r\n?/g, '\n');
  const id = get('id') || String(rowNo);
  const outlet = get('outlet');
  const url = get('url');
  return {
    source: `${file}#${id}`,
    title: get('title') || null,
    published: parsePublished(get('date')) ?? findDateline(text),
    text,
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * Keeps row sources unique within a file. Datasets repeat ids: a row that
 * repeats an earlier row's id and text is the same document (stored once);
 * a row that reuses an id for other text gets `#id~2`, `#id~3`… so that
 * re-reading the file maps every row to the same source again.
 */
export class RowSources {
  private readonly seen = new Map<string, string[]>();

  /** The document with its source made unique for its content. */
  unique(doc: RawDoc): RawDoc {
    const hash = digest(doc.title ?? '', doc.text).slice(0, 16);
    const texts = this.seen.get(doc.source) ?? [];
    let n = texts.indexOf(hash);
    if (n < 0) { texts.push(hash); n = texts.length - 1; }
    this.seen.set(doc.source, texts);
    return n === 0 ? doc : { ...doc, source: `${doc.source}~${n + 1}` };
  }
}
