/**
 * Step 5: who speaks each quotation. The frame before it in its sentence
 * ("the SDF said that “…”", "X quoted a source as saying “…”"), or, when
 * there is none, a line ending in a colon before it, or the frame after it
 * ("“…,” he told Reuters"). A quotation with no frame of its own that
 * follows closely on a framed one goes on in the same voice ("“A,” he
 * said. “B.”").
 *
 * @example
 *   quoteFrames(text, seg, speakers) // => Map { quoteSpan => Frame | null }
 */
import type { Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { Speakers } from './02-speakers.js';
import { verbFrames, type Frame } from './03-frames.js';

/** Characters between two quotations that still let the second carry on the first one's voice. */
const CARRY_OVER = 300;

/** The sentence that holds an offset: binary search over sentences in text order. */
export function sentenceAt(sentences: readonly Span[], at: number): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

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

export function quoteFrames(text: string, seg: Segmentation, speakers: Speakers): Map<Span, Frame | null> {
  const out = new Map<Span, Frame | null>();
  let last: { quote: Span; frame: Frame } | null = null;
  let prevEnd = 0;
  for (const q of seg.quotes) {
    if (q.start >= seg.bodyEnd) break;
    const open = sentenceAt(seg.sentences, q.start);
    const close = sentenceAt(seg.sentences, Math.max(q.start, q.end - 1));
    const from = Math.max(open?.start ?? q.start, prevEnd);
    let frame = innermost(verbFrames(text, { start: from, end: q.start }, seg.quotes, speakers).filter((f) => f.place === 'pre'));
    if (!frame && open && !/\w/.test(text.slice(from, q.start))) {
      let end = open.start;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      const before = sentenceAt(seg.sentences, end - 1);
      if (before && /:\s*$/.test(text.slice(before.start, before.end))) frame = innermost(verbFrames(text, before, seg.quotes, speakers));
    }
    if (!frame && close) {
      const after = verbFrames(text, { start: q.start, end: close.end }, [q, ...seg.quotes], speakers);
      frame = after.find((f) => f.cue.start >= q.end) ?? null;
    }
    if (!frame && last && q.start - last.quote.end <= CARRY_OVER) frame = last.frame;
    out.set(q, frame);
    if (frame) {
      last = { quote: q, frame };
      speakers.spoke(frame.speaker.source, q.start);
    }
    prevEnd = q.end;
  }
  return out;
}
