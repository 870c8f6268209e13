/**
 * Stage 5, relations: lasting ties between entities (backs, allied_with,
 * fights, controls, leads, member_of), each tied to its claim.
 *
 * One rule per type, each reading one sentence at a time (with the
 * sentences before it, for "them"). A tie is kept once per pair; a
 * backer and its client are not also reported as allies.
 *
 * @example
 *   const relations = findRelations(doc, segmentation, entities, claims);
 *   // "US-backed SDF forces took the al-Omar field." →
 *   // [{ type: 'backs', subject: 'country:US', object: 'actor:sdf', claim: 'c1' }, { type: 'controls', … }]
 */
import { JointScan } from '../../core/joint-scan.js';
import type { Claim, Doc, Relation, RelationType } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';
import { claimAt } from '../3-claims/index.js';
import { backs } from './01-backs.js';
import { alliedWith } from './02-allied-with.js';
import { fights } from './03-fights.js';
import { controls } from './04-controls.js';
import { leads } from './05-leads.js';
import { memberOf } from './06-member-of.js';
import type { Found, Rule } from './rule.js';
import { Sentence } from './sentence.js';

/** The rule of each relation type, in the order they run. */
export const RULES: Record<RelationType, Rule> = {
  backs,
  allied_with: alliedWith,
  fights,
  controls,
  leads,
  member_of: memberOf,
};

/** The rules in the order they run, and the cues of those that have one, tested in one scan of a sentence rather than one each. */
const ORDER = Object.values(RULES);
const CUED = ORDER.filter((r) => r.cue);
const CUES = new JointScan(CUED.map((r) => r.cue!));
/** Per rule, its cue's place in `CUES`, or -1 for a rule that always runs. */
const CUE_OF = ORDER.map((r) => CUED.indexOf(r));

const SYMMETRIC: ReadonlySet<RelationType> = new Set(['allied_with', 'fights']);

export function findRelations(doc: Doc, seg: Segmentation, ents: EntityFindings, claims: Claim[]): Relation[] {
  const sentences = Sentence.split(doc.text, seg.sentences.filter((s) => s.start < seg.bodyEnd), ents.mentions);
  const found: Found[] = [];
  sentences.forEach((s, i) => {
    if (s.mentions.length === 0) return;
    const ctx = { previous: sentences.slice(Math.max(0, i - 3), i) };
    const local = doc.text.slice(s.span.start, s.span.end);
    const cued = CUES.which(local);
    ORDER.forEach((rule, r) => {
      if (CUE_OF[r]! < 0 || cued[CUE_OF[r]!]) found.push(...rule.find(s, ctx));
    });
  });
  return distinct(found).map((f) => ({
    type: f.type,
    subject: f.subject.entityId,
    object: f.object.entityId,
    claim: claimAt(claims, f)?.id ?? null,
  }));
}

/** One relation per pair and type, first statement kept; no self-ties; a backer is not also an ally. */
function distinct(found: readonly Found[]): Found[] {
  const key = (t: RelationType, a: string, b: string) => (SYMMETRIC.has(t) && b < a ? `${t}|${b}|${a}` : `${t}|${a}|${b}`);
  const seen = new Set<string>();
  const out: Found[] = [];
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const a = f.subject.entityId, b = f.object.entityId;
    if (a === b) continue;
    const k = key(f.type, a, b);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  const backed = new Set(out.filter((f) => f.type === 'backs').flatMap((f) => [key('allied_with', f.subject.entityId, f.object.entityId)]));
  return out.filter((f) => f.type !== 'allied_with' || !backed.has(key('allied_with', f.subject.entityId, f.object.entityId)));
}
