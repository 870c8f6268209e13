/**
 * Step 1: how the claims are sourced and how sure they are, each share
 * with the ids of the claims it counts. A named source is an entity; an
 * unnamed one is "a source", "rumours", "it was reported"; `author` is the
 * writer's own assertion.
 *
 * @example
 *   claimShares(claims).hedged // => { count: 2, share: 0.25, claims: ['c3', 'c7'] }
 */
import type { Claim, ClaimShare, Profile } from '../../core/record.js';

const share = (all: readonly Claim[], test: (c: Claim) => boolean): ClaimShare => {
  const hits = all.filter(test).map((c) => c.id);
  return { count: hits.length, share: all.length ? round(hits.length / all.length) : 0, claims: hits };
};

/** Three decimals: enough to compare documents, short enough to read. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

export const isNamed = (c: Claim) => c.source !== 'author' && c.source !== 'unnamed';

export function claimShares(claims: readonly Claim[]): Profile['claims'] {
  return {
    total: claims.length,
    namedSource: share(claims, isNamed),
    unnamedSource: share(claims, (c) => c.source === 'unnamed'),
    author: share(claims, (c) => c.source === 'author'),
    unattributed: share(claims, (c) => c.attribution === 'unattributed'),
    directQuote: share(claims, (c) => c.attribution === 'direct_quote'),
    hedged: share(claims, (c) => c.certainty === 'hedged'),
    notAsserted: share(claims, (c) => c.certainty !== 'asserted'),
  };
}
