/** Shared zod schemas of the API: dates, actor codes, the event filter. */
import { z } from 'zod';
import type { EventFilter } from '../store/types.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');

/** An actor code or country (`IND`, `INDGOV`, `IGOUNO`), case-insensitive on input. */
export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,15}$/, 'expected an actor code like IND or INDGOV')
  .transform((s) => s.toUpperCase());

export const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
export const cursor = z.string().max(500);

export const modality = z.enum(['asserted', 'negated', 'hypothetical', 'future-intent', 'speculative', 'question']);

export const eventFilterShape = {
  source: actorCode.optional().describe('source actor code or country'),
  target: actorCode.optional().describe('target actor code or country'),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]{3,15},[A-Za-z0-9]{3,15}$/, 'expected A,B')
    .optional()
    .describe('either direction between two actors: IND,PAK'),
  cameo: z.string().regex(/^\d{2,4}$/).optional().describe('CAMEO prefix (19 matches 190, 193, ...)'),
  root: z.string().regex(/^\d{2}$/).optional().describe('two-digit CAMEO root, exact'),
  quad: z.coerce.number().int().min(1).max(4).optional().describe('quad class 1-4'),
  modality: modality.optional(),
  from: isoDate.optional().describe('event date on or after'),
  to: isoDate.optional().describe('event date on or before'),
  outlet: z.string().max(200).optional(),
};

export const eventQuery = z.object({ ...eventFilterShape, limit: limit(1000, 100), after: cursor.optional() });
export const eventExportQuery = z.object(eventFilterShape);

export type EventFilterInput = z.infer<typeof eventExportQuery>;

export function toEventFilter(q: EventFilterInput & { limit?: number; after?: string | undefined }): EventFilter {
  const f: EventFilter = {};
  if (q.source) f.source = q.source;
  if (q.target) f.target = q.target;
  if (q.dyad) {
    const [a, b] = q.dyad.toUpperCase().split(',') as [string, string];
    f.dyad = [a, b];
  }
  if (q.cameo) f.cameo = q.cameo;
  if (q.root) f.root = q.root;
  if (q.quad) f.quad = q.quad as EventFilter['quad'];
  if (q.modality) f.modality = q.modality;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.outlet) f.outlet = q.outlet;
  if (q.limit) f.limit = q.limit;
  if (q.after) f.after = q.after;
  return f;
}

export const idParam = z.object({ id: z.string().min(1).max(200) });
export const numericId = z.object({ id: z.coerce.number().int().positive() });
export const pairParams = z.object({ a: actorCode, b: actorCode });
export const range = z.object({ from: isoDate.optional(), to: isoDate.optional() });
