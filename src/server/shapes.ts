/**
 * Zod schemas of the main JSON answers. They document responses in /openapi.json; shapes.test.ts
 * parses real answers with them, so the documentation cannot drift from the code.
 */
import { z } from 'zod';

const actor = z.object({ code: z.string(), country: z.string(), name: z.string().optional(), role: z.string().optional(), actorId: z.string().optional() });
const level = z.enum(['public', 'restricted', 'confidential']);

export const eventOut = z.object({
  id: z.string(),
  docId: z.string(),
  sentence: z.number().int(),
  span: z.tuple([z.number().int(), z.number().int()]),
  evidence: z.string(),
  source: actor,
  target: actor.nullable(),
  cameo: z.string(),
  plover: z.string(),
  ploverMode: z.string().optional(),
  ploverContext: z.string().optional(),
  quad: z.number().int().min(1).max(4),
  goldstein: z.number(),
  when: z.object({ utc: z.string().optional(), date: z.string().optional(), precision: z.string(), partOfDay: z.string().optional(), text: z.string().optional(), inferred: z.boolean() }),
  where: z.object({ placeId: z.string(), name: z.string(), country: z.string(), lat: z.number(), lon: z.number() }).optional(),
  modality: z.enum(['asserted', 'negated', 'hypothetical', 'future-intent', 'speculative', 'question']),
  attribution: z.record(z.string(), z.unknown()).optional(),
  rule: z.string(),
  confidence: z.number(),
  version: z.string().optional(),
  /** What an imported GDELT/ACLED row said beyond the event (counts and tone; fatalities and typology). */
  imported: z
    .object({
      dataset: z.enum(['gdelt', 'acled']),
      gdelt: z.object({ mentions: z.number(), sources: z.number(), articles: z.number(), avgTone: z.number(), isRoot: z.boolean() }).optional(),
      acled: z
        .object({
          fatalities: z.number().int(),
          eventType: z.string(),
          subEventType: z.string(),
          disorderType: z.string().optional(),
          interaction: z.string().optional(),
          civilianTargeting: z.boolean(),
          tags: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const documentSummaryOut = z.object({
  id: z.string(), title: z.string().optional(), url: z.string().optional(), outlet: z.string().optional(), published: z.string().optional(),
  language: z.string(), kind: z.string(), nearDuplicateOf: z.string().optional(), ingestedAt: z.string(),
});

export const engagementOut = z.object({
  id: z.number().int(), mediator: z.string(), party: z.string(), channel: z.string().optional(), onBehalfOf: z.string().optional(), date: z.string(),
  source: z.enum(['derived', 'manual']), confidentiality: level, notes: z.string().optional(), eventId: z.string().optional(), docId: z.string().optional(),
  createdBy: z.string().optional(), createdAt: z.string(), updatedAt: z.string(),
});

export const alertOut = z.object({
  id: z.number().int(), rule: z.string(), dyad: z.string(), firedAt: z.string(), score: z.number(), status: z.string(),
  explanation: z.unknown(), eventIds: z.array(z.string()), events: z.array(eventOut),
});

export const heatingOut = z.object({
  now: z.string(),
  dyads: z.array(z.object({ a: z.string(), b: z.string(), index: z.number(), previous: z.number(), change: z.number(), events: z.number().int() })),
});

export const dyadOut = z.object({
  a: z.string(),
  b: z.string(),
  series: z.array(z.object({ period: z.string(), events: z.number().int(), quad: z.tuple([z.number(), z.number(), z.number(), z.number()]), goldsteinSum: z.number(), goldsteinMean: z.number() })),
  escalation: z.array(z.object({ date: z.string(), index: z.number(), delta: z.number(), events: z.number().int(), level: z.string() })),
  explanation: z.object({
    date: z.string(), index: z.number(), level: z.string(),
    contributions: z.array(z.object({ eventId: z.string(), date: z.string(), cameo: z.string(), source: z.string(), target: z.string().nullable(), evidence: z.string(), docId: z.string().nullable(), weight: z.number(), contribution: z.number() })),
  }),
  ceasefires: z.array(z.object({ id: z.string(), effectiveUtc: z.string().nullable() })),
});

export const networkOut = z.object({
  nodes: z.array(z.object({ id: z.string(), events: z.number().int() })),
  edges: z.array(z.object({ a: z.string(), b: z.string(), cooperation: z.number().int(), conflict: z.number().int(), events: z.number().int() })),
});

export const mapOut = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    properties: z.object({ id: z.string(), date: z.string().nullable(), cameo: z.string(), quad: z.number().int(), source: z.string(), target: z.string().nullable(), evidence: z.string(), place: z.string() }),
  })),
});

export const actorHitOut = z.object({ id: z.string(), kind: z.string(), name: z.string(), code: z.string(), country: z.string().optional(), matched: z.string() });

export const searchOut = z.object({
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable(), snippet: z.string() })),
  events: z.array(eventOut),
  engagements: z.array(engagementOut),
});

export const userOut = z.object({ id: z.string(), name: z.string(), role: z.enum(['viewer', 'analyst', 'admin']), disabled: z.boolean(), createdAt: z.string() });

export const auditOut = z.array(z.object({ id: z.number().int(), at: z.string(), who: z.string().optional(), action: z.string(), record: z.string().optional(), detail: z.unknown().optional() }));

export const mediatorsOut = z.object({
  a: z.string(),
  b: z.string(),
  mediators: z.array(z.object({ actor: z.string(), score: z.number(), coopA: z.number(), coopB: z.number(), hostileShare: z.number(), events: z.array(z.object({ id: z.string(), date: z.string(), cameo: z.string() }).loose()) })),
  engagements: z.array(engagementOut),
});

export const documentOut = z.object({
  document: z.object({ id: z.string(), text: z.string(), language: z.string(), supported: z.boolean(), kind: z.string() }).loose(),
  actors: z.array(z.object({ actorId: z.string(), code: z.string(), name: z.string() }).loose()),
  roleConflicts: z.array(z.object({ actorId: z.string() }).loose()),
  events: z.array(eventOut),
  report: z.record(z.string(), z.unknown()).nullable().describe('the ArticleReport (schema brink.article-report/1, docs/article-report.md) or null'),
});

const statusName = z.enum(['announced', 'in-effect', 'violated', 'holding', 'collapsed', 'expired']);
const aEventOut = z.object({
  id: z.string(), date: z.string(), utc: z.string().optional(), sourceCode: z.string(), targetCode: z.string().nullable(), cameo: z.string(),
  quad: z.number().int(), goldstein: z.number(), modality: z.string(), docId: z.string().optional(), evidence: z.string().optional(),
}).loose();

/** A ceasefire merged across articles with its status at `now` (analytics/ceasefires.ts, CeasefireRecord + StatusReport). */
export const ceasefireOut = z.object({
  id: z.string(),
  parties: z.array(z.string()),
  mediators: z.array(z.string()),
  effectiveUtc: z.string().optional(),
  effectiveDate: z.string().optional().describe('the day stated for the start, when no instant is'),
  agreedDate: z.string().optional(),
  effectiveTimes: z.array(z.object({ utc: z.string(), docIds: z.array(z.string()) })),
  announcedBy: z.array(z.object({ name: z.string(), code: z.string().optional() })),
  until: z.string().optional().describe('the end the truce was given when declared ("until midnight on Sunday"): an instant, or a day meaning through that day'),
  extendedUntil: z.string().optional().describe('the latest end an extension gave it (a day)'),
  expiredAt: z.string().optional().describe('the earliest expiry an article reported'),
  statements: z.array(z.object({ party: z.string(), kind: z.string(), statedTime: z.string().optional(), evidence: z.string(), docId: z.string(), date: z.string().optional() })),
  disagreements: z.array(z.object({ kind: z.enum(['effective-time', 'denial']), detail: z.string() })),
  docIds: z.array(z.string()),
  sources: z.array(z.object({ docId: z.string(), outlet: z.string().optional(), date: z.string() })),
  evidence: z.array(z.string()),
  status: z.object({
    status: statusName,
    incidents: z.array(aEventOut),
    accusations: z.array(aEventOut),
    history: z.array(z.object({ status: statusName, from: z.string() })),
  }),
});
