/**
 * A signal rule: a signal kind, the words that show it, and whose voice
 * it must be in to count. `author` rules fire only in the writer's own
 * voice (or a reader's comment): "genocide" in a quoted accusation is the
 * speaker's word, in the writer's sentence it is the writer's rhetoric.
 *
 * @example
 *   const r = rule('doubt', ['so[- ]called', 'this alleged \\w+']);
 *   r.re.exec('the so-called ceasefire')?.[0] // => 'so-called'
 */
import { alternation, flexibleSpaces } from '../../core/patterns.js';
import type { SignalKind } from '../../core/record.js';

export interface SignalRule {
  kind: SignalKind;
  re: RegExp;
  voice: 'any' | 'author';
}

/** Compiles alternatives (regular-expression source; a space matches any white space) into one case-insensitive, word-bounded rule. */
export function rule(kind: SignalKind, alternatives: string[], voice: SignalRule['voice'] = 'any'): SignalRule {
  // Plain (non-unicode) mode with \b runs several times faster than unicode-aware boundaries, and the lexicon is English.
  // The alternatives are gathered by first letter (`alternation`): a rule scans every text, and that halves its scan.
  return { kind, re: new RegExp(`\\b${flexibleSpaces(alternation(alternatives))}(?![A-Za-z])`, 'gi'), voice };
}
