/**
 * The extraction record, contract v1 (`../shared/spec/extraction-output.md`).
 *
 * The Zod schema is the single source of truth: the TypeScript types are
 * derived from it, and `npm run schema` writes the JSON Schema in
 * `schema/extraction-record.v1.json` from it.
 *
 * @example
 *   const record: ExtractionRecord = extractDocument(doc);
 *   ExtractionRecordSchema.parse(record); // throws on a broken record
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SEGMENT_KINDS = ['headline', 'body', 'quote', 'comment', 'boilerplate'] as const;
export const ENTITY_TYPES = ['actor', 'person', 'place', 'facility', 'media'] as const;
export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const RELATION_TYPES = ['backs', 'allied_with', 'fights', 'controls', 'leads', 'member_of'] as const;
export const ATTRIBUTIONS = ['direct_quote', 'reported_speech', 'according_to', 'unattributed'] as const;
export const CERTAINTIES = ['asserted', 'hedged', 'conditional', 'questioned', 'denied'] as const;
export const SIGNAL_KINDS = [
  'loaded_language', 'name_calling', 'exaggeration', 'doubt', 'appeal_to_fear', 'flag_waving',
  'causal_oversimplification', 'conspiracy_framing', 'unsupported_certainty', 'call_to_violence',
  'hate_speech', 'fundraising', 'comment_section',
] as const;

export const CASUALTY_KINDS = ['killed', 'wounded', 'captured', 'abducted'] as const;

export const SpanSchema = z.object({ start: offset, end: offset });

export const DocumentSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  title: z.string().nullable(),
  published: date.nullable(),
  text: z.string(),
  /** The outlet that published it, when the input says (a CSV column, a site name). */
  outlet: z.string().optional(),
  url: z.string().optional(),
  byline: z.string().optional(),
});

export const SegmentSchema = SpanSchema.extend({ kind: z.enum(SEGMENT_KINDS) });

export const MentionSchema = SpanSchema.extend({ text: z.string() });

export const EntitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  mentions: z.array(MentionSchema),
  geo: z.object({ lat: z.number(), lon: z.number() }).optional(),
  country: z.string().length(2).optional(),
  admin1: z.string().optional(),
});

export const CasualtiesSchema = z.object({
  killed: z.number().int().nonnegative().nullable().optional(),
  wounded: z.number().int().nonnegative().nullable().optional(),
  captured: z.number().int().nonnegative().nullable().optional(),
  abducted: z.number().int().nonnegative().nullable().optional(),
});

export const EventSchema = SpanSchema.extend({
  type: z.enum(EVENT_TYPES),
  mode: z.string().optional(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  place: z.string().nullable(),
  date: date.nullable(),
  casualties: CasualtiesSchema.optional(),
  claim: z.string().nullable(),
  /** sitrep's extras: how sure the text is that it happened (the claim's certainty, or the event's own hedge). */
  certainty: z.enum(CERTAINTIES).optional(),
  /** `date` holds the first day of the week or month the text names, not the day itself. */
  datePrecision: z.enum(['week', 'month']).optional(),
  /** Casualty kinds whose figure is vague ("dozens") or rounded ("about 40"). */
  approximate: z.array(z.enum(CASUALTY_KINDS)).optional(),
  /** Casualty kinds whose figure is a floor ("at least 112", "more than 120"). */
  minimum: z.array(z.enum(CASUALTY_KINDS)).optional(),
  /** A toll split by group, as stated ("10 children and 13 rebels"); the casualty figure is their sum. */
  casualtyParts: z.partialRecord(z.enum(CASUALTY_KINDS), z.array(z.object({ value: z.number(), group: z.string() }))).optional(),
  /** Every actor or target when the text names several ("Russian jets and Syrian forces"); the first is in `actor`/`target`. */
  actors: z.array(z.string()).optional(),
  /** Dated well before the article was published: background, not news (PLOVER's auxiliary mode `historical`). */
  historical: z.boolean().optional(),
  /** Arguments not stated with the event but taken from its context: the paragraph's place, a neighbouring report's actor or mode. */
  inferred: z.array(z.enum(['actor', 'place', 'mode'])).optional(),
  targets: z.array(z.string()).optional(),
});

export const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  subject: z.string(),
  object: z.string(),
  claim: z.string().nullable(),
});

/** The words that show how a claim is attributed ("said", "according to") or how sure it is ("reportedly"). */
export const ClaimCueSchema = SpanSchema.extend({ kind: z.enum(['attribution', 'certainty']) });

export const ClaimSchema = SpanSchema.extend({
  id: z.string(),
  source: z.string(),
  attribution: z.enum(ATTRIBUTIONS),
  certainty: z.enum(CERTAINTIES),
  cues: z.array(ClaimCueSchema).optional(),
});

/** Where a signal stands: the article's own text, the reader comments, or page furniture after the article. */
export const SIGNAL_SECTIONS = ['article', 'comment', 'boilerplate'] as const;

export const SignalSchema = SpanSchema.extend({ kind: z.enum(SIGNAL_KINDS), section: z.enum(SIGNAL_SECTIONS).optional() });

/** A share of the claims, with the ids of the claims it counts. */
export const ClaimShareSchema = z.object({ count: z.number().int().nonnegative(), share: z.number().min(0).max(1), claims: z.array(z.string()) });

/** Signals of one section: how many, per 1,000 words of that section, and their indices in `signals` by kind. */
export const SignalRateSchema = z.object({
  words: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  per1000Words: z.number().nonnegative(),
  byKind: z.record(z.string(), z.array(z.number().int().nonnegative())),
});

/** One reason for calling a document opinion or report, with what it rests on. */
export const GenreCueSchema = z.object({
  cue: z.enum(['writer_asserts', 'sources_cited', 'quotes_sources', 'first_person', 'rhetorical_questions', 'rhetoric']),
  leans: z.enum(['opinion', 'report']),
  value: z.number(),
  claims: z.array(z.string()).optional(),
  spans: z.array(SpanSchema).optional(),
  signals: z.array(z.number().int().nonnegative()).optional(),
});

/**
 * The credibility profile of one document: how its claims are sourced and
 * hedged, whether it reads as opinion or report, and its signal rates,
 * the comment section's apart from the article's. Every figure lists the
 * claims, spans or signal indices it counts; there is no overall score.
 */
export const ProfileSchema = z.object({
  claims: z.object({
    total: z.number().int().nonnegative(),
    namedSource: ClaimShareSchema,
    unnamedSource: ClaimShareSchema,
    author: ClaimShareSchema,
    unattributed: ClaimShareSchema,
    directQuote: ClaimShareSchema,
    hedged: ClaimShareSchema,
    notAsserted: ClaimShareSchema,
  }),
  genre: z.object({ kind: z.enum(['opinion', 'report']), cues: z.array(GenreCueSchema) }),
  signals: z.object({ article: SignalRateSchema, comments: SignalRateSchema }),
});

export const ExtractionRecordSchema = z.object({
  contract: z.literal('sitrep/extraction@1'),
  doc: DocumentSchema,
  segments: z.array(SegmentSchema),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  events: z.array(EventSchema),
  relations: z.array(RelationSchema),
  claims: z.array(ClaimSchema),
  signals: z.array(SignalSchema),
  profile: ProfileSchema.optional(),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof SpanSchema>;
export type Doc = z.infer<typeof DocumentSchema>;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type Segment = z.infer<typeof SegmentSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Entity = z.infer<typeof EntitySchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type Casualties = z.infer<typeof CasualtiesSchema>;
export type SitEvent = z.infer<typeof EventSchema>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Relation = z.infer<typeof RelationSchema>;
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type ClaimCue = z.infer<typeof ClaimCueSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type SignalSection = (typeof SIGNAL_SECTIONS)[number];
export type Signal = z.infer<typeof SignalSchema>;
export type ClaimShare = z.infer<typeof ClaimShareSchema>;
export type SignalRate = z.infer<typeof SignalRateSchema>;
export type GenreCue = z.infer<typeof GenreCueSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ExtractionRecord = z.infer<typeof ExtractionRecordSchema>;

export const CONTRACT = 'sitrep/extraction@1' as const;
