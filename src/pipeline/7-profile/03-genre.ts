/**
 * Step 3: opinion or report, from cues an analyst can check. Opinion: the
 * writer asserts most claims themself, writes "I"/"we", asks rhetorical
 * questions, leans on rhetoric. Report: claims are handed to sources,
 * sources are quoted. Each cue that fires is listed with its figure and
 * the claims, spans or signals behind it; the kind with more cues wins,
 * a tie going to report.
 *
 * @example
 *   genre(text, seg, claims, rates).kind // => 'opinion'
 */
import type { Claim, GenreCue, Profile, SignalRate, Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { isNamed, round } from './01-claim-shares.js';

const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|my|we|we['’]re|our|us)\b/g;
const MOSTLY = 0.7;
const SOURCED = 0.4;
const PER_1000 = 2;

/** "I", "we", "our" in the body outside quotations: the writer speaking as themself. */
function firstPerson(text: string, seg: Segmentation, from: number): Span[] {
  const out: Span[] = [];
  const body = text.slice(0, seg.bodyEnd);
  FIRST_PERSON.lastIndex = from;
  for (let m = FIRST_PERSON.exec(body); m; m = FIRST_PERSON.exec(body)) {
    const at = m.index;
    if (!seg.quotes.some((q) => q.start <= at && at < q.end)) out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

export function genre(text: string, seg: Segmentation, claims: readonly Claim[], article: SignalRate): Profile['genre'] {
  const cues: GenreCue[] = [];
  const n = claims.length || 1;
  const ids = (test: (c: Claim) => boolean) => claims.filter(test).map((c) => c.id);
  const own = ids((c) => c.source === 'author');
  if (claims.length && own.length / n >= MOSTLY) cues.push({ cue: 'writer_asserts', leans: 'opinion', value: round(own.length / n), claims: own });
  const sourced = ids((c) => c.source !== 'author');
  if (claims.length && sourced.length / n >= SOURCED) cues.push({ cue: 'sources_cited', leans: 'report', value: round(sourced.length / n), claims: sourced });
  const quoted = ids((c) => c.attribution === 'direct_quote' && isNamed(c));
  if (quoted.length >= 2) cues.push({ cue: 'quotes_sources', leans: 'report', value: quoted.length, claims: quoted });
  const words = article.words || 1;
  const me = firstPerson(text, seg, seg.headline?.end ?? 0);
  if ((me.length * 1000) / words >= PER_1000) cues.push({ cue: 'first_person', leans: 'opinion', value: round((me.length * 1000) / words), spans: me });
  const asked = ids((c) => c.certainty === 'questioned' && c.source === 'author');
  if (asked.length >= 2) cues.push({ cue: 'rhetorical_questions', leans: 'opinion', value: asked.length, claims: asked });
  if (article.per1000Words >= PER_1000) cues.push({ cue: 'rhetoric', leans: 'opinion', value: article.per1000Words, signals: Object.values(article.byKind).flat().sort((a, b) => a - b) });
  const opinion = cues.filter((c) => c.leans === 'opinion').length;
  return { kind: opinion > cues.length - opinion ? 'opinion' : 'report', cues };
}
