/**
 * Step 5: who speaks each quotation. The frame before it in its sentence
 * ("the SDF said that “…”", "X quoted a source as saying “…”"), or, when
 * there is none, a line ending in a colon before it, or the frame after it
 * ("“…,” he told Reuters"). A quotation with no frame of its own that
 * follows closely on a framed one goes on in the same voice ("“A,” he
 * said. “B.”").
 *
 * @example
 *   const quotes = new QuoteFrames(text, seg, speakers);
 *   quotes.of(seg.quotes[0]) // => { attribution: 'reported_speech', speaker: { source: 'person:…' }, … } or null
 */
import type { Span } from '../../core/record.js';
import { spanAt } from '../../core/spans.js';
import type { Segmentation } from '../1-segment/index.js';
import type { Speakers } from './02-speakers.js';
import { verbFrames, type Frame } from './03-frames.js';

/** Characters between two quotations that still let the second carry on the first one's voice. */
const CARRY_OVER = 300;

/** Picks the frame nearest the statement: the last one before it, else the first after. */
export function innermost(frames: readonly Frame[]): Frame | null {
  const pre = frames.filter((f) => f.place === 'pre');
  const named = pre.filter((f) => f.speaker.how !== 'unknown');
  const inner = pre[pre.length - 1];
  if (inner && inner.speaker.how === 'unknown' && named.length) {
    // "according to Reuters, militias said …": keep the inner verb, take the outer, named speaker.
    return { ...inner, speaker: named[named.length - 1]!.speaker };
  }
  return inner ?? frames.find((f) => f.place === 'post') ?? null;
}

/**
 * The speakers of the quotations, worked out in text order as the clauses
 * reach them, so that "she said" after a quotation can point back to a
 * speaker named in the clauses before it.
 */
export class QuoteFrames {
  private readonly done = new Map<Span, Frame | null>();
  private next = 0;
  private last: { quote: Span; frame: Frame } | null = null;
  private prevEnd = 0;

  constructor(private readonly text: string, private readonly seg: Segmentation, private readonly speakers: Speakers) {}

  /** The frame of a quotation (and of every quotation before it not yet framed). */
  of(quote: Span): Frame | null {
    const quotes = this.seg.quotes;
    while (!this.done.has(quote) && this.next < quotes.length) this.frame(quotes[this.next++]!);
    return this.done.get(quote) ?? null;
  }

  private frame(q: Span): void {
    const { text, seg, speakers } = this;
    const open = spanAt(seg.sentences, q.start);
    const close = spanAt(seg.sentences, Math.max(q.start, q.end - 1));
    const from = Math.max(open?.start ?? q.start, this.prevEnd);
    let frame = innermost(verbFrames(text, { start: from, end: q.start }, seg.quotes, speakers).filter((f) => f.place === 'pre'));
    if (!frame && open && !/\w/.test(text.slice(from, q.start))) {
      let end = open.start;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      const before = spanAt(seg.sentences, end - 1);
      if (before && /:\s*$/.test(text.slice(before.start, before.end))) frame = innermost(verbFrames(text, before, seg.quotes, speakers));
    }
    if (!frame && close) {
      const after = verbFrames(text, { start: q.start, end: close.end }, [q, ...seg.quotes], speakers);
      frame = after.find((f) => f.cue.start >= q.end) ?? null;
    }
    if (!frame && this.last && q.start - this.last.quote.end <= CARRY_OVER) frame = this.last.frame;
    this.done.set(q, frame);
    if (frame) {
      this.last = { quote: q, frame };
      speakers.spoke(frame.speaker.source, q.start);
    }
    this.prevEnd = q.end;
  }
}
