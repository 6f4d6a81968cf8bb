/**
 * The coder engine: raw text → events. Wires the annotator (src/engine/annotate.ts) to
 * `codeEvents`. Dictionaries, ontology and patterns are loaded once, when the coder is created.
 */
import type { AnnotatedDoc, Event } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';
import { loadOntology } from '../domain/ontology.js';
import { addressedEvents, codeEvents } from '../coding/index.js';
import { defaultPatterns } from '../coding/load.js';
import type { PatternSet } from '../coding/patterns.js';
import { createAnnotator } from './annotate.js';

export interface CoderInput { id: string; text: string; date: string }
export type Annotate = (input: { text: string; published: string; publishedUtc?: string; headlineCountries?: string[] }) => AnnotatedDoc;
export interface CoderOptions {
  /** Use this annotator instead of the default one. */
  annotate?: Annotate;
  patterns?: PatternSet;
  /** Receives the matcher's work count (benchmarks, linearity checks). */
  work?: { checks: number };
  /** Keep unaddressed statements of sentences that code nothing else ("X said." → 010 X→-); dropped by default (see
   * `addressedEvents`). */
  bareStatements?: boolean;
}
export type Coder = ((input: CoderInput) => Event[]) & { annotate: Annotate };

/** `YYYY-MM-DD` or an ISO instant → the publication day (as written) and, for instants, UTC. */
export function splitDate(date: string): { published: string; publishedUtc?: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(T.+)?$/.exec(typeof date === 'string' ? date.trim() : '');
  const t = m ? Date.parse(m[0]) : NaN;
  if (!m || Number.isNaN(t) || Number.isNaN(Date.parse(m[1] as string))) throw new BrinkError('BAD_DATE', { value: String(date) }, String(date));
  return { published: m[1] as string, ...(m[2] ? { publishedUtc: new Date(t).toISOString() } : {}) };
}

function make(annotate: Annotate, opts: CoderOptions): Coder {
  loadOntology();
  const patterns = opts.patterns ?? defaultPatterns();
  const coder = (input: CoderInput): Event[] => {
    const doc = annotate({ text: input.text, ...splitDate(input.date) });
    const events = codeEvents(doc, { docId: input.id, patterns, ...(opts.work ? { work: opts.work } : {}) });
    return opts.bareStatements ? events : addressedEvents(events);
  };
  return Object.assign(coder, { annotate });
}

/** A coder with the given annotator, or the engine's (tokenizer → places → actors → times). */
export function createCoder(opts: CoderOptions = {}): Coder {
  return make(opts.annotate ?? createAnnotator(), opts);
}

/** Same as createCoder; kept async for callers that await it. */
export async function createCoderAsync(opts: CoderOptions = {}): Promise<Coder> {
  return createCoder(opts);
}
