/**
 * The pipeline: a document through the stages, in order, to the extraction
 * record (contract v1). The order lives here and only here.
 *
 * @example
 *   const record = extract(toDoc(rawDoc));
 *   process.stdout.write(JSON.stringify(record) + '\n');
 *   const records = extractBatch(docs);   // many documents: a stage at a time over all of them, faster
 */
import { contentHash, docId } from '../core/ids.js';
import { CONTRACT, type Doc, type ExtractionRecord } from '../core/record.js';
import type { RawDoc } from '../readers/raw-doc.js';
import { segment } from './1-segment/index.js';
import { findEntities } from './2-entities/index.js';
import { findClaims } from './3-claims/index.js';
import { findEvents, findEventsBatch } from './4-events/index.js';
import { findRelations } from './5-relations/index.js';
import { findSignals } from './6-signals/index.js';
import { profile } from './7-profile/index.js';
import type { BatchStage, Findings, Stage, StageName } from './stage.js';

export type { BatchStage, Findings, Stage, StageName } from './stage.js';

/** The stages in the order the text flows through them. */
export const STAGES: { [K in StageName]: Stage<K> } = {
  segmentation: (doc) => segment(doc),
  entities: (doc, f) => findEntities(doc, f.segmentation!),
  claims: (doc, f) => findClaims(doc, f.segmentation!, f.entities!),
  events: (doc, f) => findEvents(doc, f.segmentation!, f.entities!, f.claims!),
  relations: (doc, f) => findRelations(doc, f.segmentation!, f.entities!, f.claims!),
  signals: (doc, f) => findSignals(doc, f.segmentation!, f.claims!),
  profile: (doc, f) => profile(doc, f.segmentation!, f.claims!, f.signals!),
};

/**
 * The stages that also run one step at a time over a batch. Events, the slowest stage, is a fifth faster so
 * (its steps' patterns and chrono's stay hot); entities measured no faster, so it runs a document at a time.
 */
const BATCH_STAGES: { [K in StageName]?: BatchStage<K> } = {
  events: (docs, found) => findEventsBatch(docs.map((doc, i) => ({ doc, seg: found[i]!.segmentation!, ents: found[i]!.entities!, claims: found[i]!.claims! }))),
};

const EMPTY: { [K in StageName]: () => Findings[K] } = {
  segmentation: () => ({ segments: [], paragraphs: [], sentences: [], quotes: [], headline: null, bodyEnd: 0 }),
  entities: () => ({ entities: [], mentions: [] }),
  claims: () => [],
  events: () => [],
  relations: () => [],
  signals: () => [],
  profile: () => null,
};

/** A read document with its id, text normalised to what the stages analyse. */
export function toDoc(raw: RawDoc): Doc {
  // Offsets are into this exact text: only line endings are normalised, nothing else.
  const text = raw.text.replace(/\r\n?/g, '\n');
  return {
    id: docId(raw.source, raw.title, text),
    source: raw.source,
    title: raw.title,
    published: raw.published,
    text,
    ...(raw.outlet ? { outlet: raw.outlet } : {}),
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.byline ? { byline: raw.byline } : {}),
  };
}

/** Milliseconds spent in each stage, summed over calls (for `npm run bench`). */
export type StageTimings = Partial<Record<StageName, number>>;

/** What the stages found in one document, and the warnings of any stage that failed on it. */
export interface Analysis {
  found: Findings;
  warnings: string[];
}

/**
 * Runs every stage over a batch of documents, one stage at a time over all
 * of them: a stage's lexicons, tries and compiled code stay in the
 * processor's caches across the batch, which made the pipeline a fifth
 * faster than taking each document through all the stages in turn. A stage
 * that fails on a document leaves a warning and empty findings for that
 * document, never a crash.
 */
export function analyseBatch(docs: readonly Doc[], timings?: StageTimings): Analysis[] {
  const out: Analysis[] = docs.map(() => ({ found: {} as Findings, warnings: [] }));
  for (const name of Object.keys(STAGES) as StageName[]) {
    const t0 = timings ? performance.now() : 0;
    if (!(docs.length > 1 && runBatchStage(name, docs, out))) {
      docs.forEach((doc, i) => {
        const { found, warnings } = out[i]!;
        try {
          (found as Record<StageName, unknown>)[name] = (STAGES[name] as Stage<typeof name>)(doc, found);
        } catch (err) {
          warnings.push(`stage ${name} failed: ${(err as Error).message}`);
          (found as Record<StageName, unknown>)[name] = EMPTY[name]();
        }
      });
    }
    if (timings) timings[name] = (timings[name] ?? 0) + performance.now() - t0;
  }
  return out;
}

/**
 * A stage's batch form over the whole batch, where it has one; false where it has none or it failed,
 * and then the stage runs document by document, so that only the document it fails on gets the warning.
 */
function runBatchStage(name: StageName, docs: readonly Doc[], out: Analysis[]): boolean {
  const batch = BATCH_STAGES[name] as BatchStage<typeof name> | undefined;
  if (!batch) return false;
  let results: Findings[typeof name][];
  try {
    results = batch(docs, out.map((a) => a.found));
  } catch {
    return false;
  }
  results.forEach((r, i) => { (out[i]!.found as Record<StageName, unknown>)[name] = r; });
  return true;
}

/** Runs every stage over one document (see `analyseBatch`). */
export function analyse(doc: Doc, timings?: StageTimings): Analysis {
  return analyseBatch([doc], timings)[0]!;
}

/** The extraction records of a batch of documents, in order (see `analyseBatch` for why a batch). */
export function extractBatch(docs: readonly Doc[], timings?: StageTimings): ExtractionRecord[] {
  return analyseBatch(docs, timings).map((a, i) => toRecord(docs[i]!, a));
}

/** The extraction record of one document. */
export function extract(doc: Doc, timings?: StageTimings): ExtractionRecord {
  return toRecord(doc, analyse(doc, timings));
}

function toRecord(doc: Doc, { found, warnings }: Analysis): ExtractionRecord {
  const seg = found.segmentation;
  const span = ({ start, end }: { start: number; end: number }) => ({ start, end });
  return {
    contract: CONTRACT,
    doc,
    segments: seg.segments,
    paragraphs: seg.paragraphs.map(span),
    sentences: seg.sentences.map(span),
    entities: found.entities.entities,
    events: found.events,
    relations: found.relations,
    claims: found.claims,
    signals: found.signals,
    ...(found.profile ? { profile: found.profile } : {}),
    warnings,
  };
}

/** Hash of what a document says, to tell a changed document on re-ingest. */
export const hashOf = (doc: Doc) => contentHash(doc.title, doc.published, doc.text);
