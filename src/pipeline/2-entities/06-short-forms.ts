/**
 * Step 06: a name met again, whole or shortened, after the words that
 * typed it: "Abu Samir" and "Haddad" after "Khaled Abu Samir, the
 * head of …" and "Nour Haddad said"; an organisation's acronym
 * given in brackets after its name.
 *
 * @example
 *   shortForms(tokens, text, names, found) // "… Haddad said" → a mention of person:nour-haddad
 */
import type { Token } from './01-tokens.js';
import type { Found, NewName } from './found.js';
import { nameKeys } from '../../gazetteer/index.js';
import { reusable } from '../../core/reusable.js';

const MAX_WORDS = 5;

export function shortForms(tokens: readonly Token[], text: string, names: NewName[], found: readonly Found[]): Found[] {
  // every form comes from a name new in this document
  if (!names.length) return [];
  const forms = new Map<string, string>();
  // the first word of every form, gathered as the forms are made
  const firsts = new Set<string>();
  for (const n of names) {
    const keys = nameKeys(n.name);
    forms.set(keys.join(' '), n.id);
    firsts.add(keys[0] ?? '');
    // a person by the last one or two words of the name; an organisation only by its whole name or acronym
    if (n.type === 'person' && keys.length >= 2) {
      for (const k of [keys.slice(-1), keys.slice(-2)]) if (!forms.has(k.join(' '))) { forms.set(k.join(' '), n.id); firsts.add(k[0]!); }
    }
  }
  for (const f of found) {
    if (f.kind !== 'name' || !f.id.startsWith('actor:')) continue;
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(f.end, f.end + 10));
    if (acronym && names.some((n) => n.id === f.id)) { forms.set(acronym[1]!.toLowerCase(), f.id); firsts.add(acronym[1]!.toLowerCase()); }
  }
  if (!forms.size) return [];
  // the words a form may start at: in most documents none, and nothing more to do
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.cap && firsts.has(tokens[i]!.key)) starts.push(i);
  if (!starts.length) return [];
  const taken = takenTokens(tokens, found);
  const out: Found[] = [];
  let next = 0;
  for (const i of starts) {
    // a form found just before covers this word already
    if (i < next || taken[i]) continue;
    for (let len = Math.min(MAX_WORDS, tokens.length - i); len >= 1; len--) {
      const run = tokens.slice(i, i + len);
      if (run.some((t, k) => taken[i + k] || (k > 0 && /[^\s\-‐–]/.test(text.slice(run[k - 1]!.end, t.start))))) continue;
      const id = forms.get(run.map((t) => t.key).join(' '));
      if (id) { out.push({ start: run[0]!.start, end: run[len - 1]!.end, id, kind: 'short' }); next = i + len; break; }
    }
  }
  return out;
}

const takenFor = reusable((n) => new Uint8Array(n));

/** Which tokens overlap a mention found already (1) or not (0). */
function takenTokens(tokens: readonly Token[], found: readonly Found[]): Uint8Array {
  const taken = takenFor(tokens.length, 0);
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let fi = 0;
  tokens.forEach((t, i) => {
    while (fi < sorted.length && sorted[fi]!.end <= t.start) fi++;
    for (let k = fi; k < sorted.length && sorted[k]!.start < t.end; k++) if (sorted[k]!.end > t.start) taken[i] = 1;
  });
  return taken;
}
