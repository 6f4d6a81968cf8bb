/**
 * The annotation pipeline: an ordered list of components, each declaring which AnnotatedDoc fields
 * it needs (`requires`) and which it fills (`assigns`), in the spirit of spaCy's pipes. The order is
 * checked once, when the pipeline is built, so a misordered engine fails at start-up, not per document.
 */
import type { AnnotatedDoc, IsoDate, IsoInstant } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';

export type DocField = keyof AnnotatedDoc;

export interface Component {
  name: string;
  requires: DocField[];
  assigns: DocField[];
  /** Mutates `doc` in place, filling the fields it assigns. */
  run(doc: AnnotatedDoc): void;
}

export interface PipelineInput {
  text: string;
  published: IsoDate;
  publishedUtc?: IsoInstant;
  /** Countries of a headline kept apart from `text` (see AnnotatedDoc). */
  headlineCountries?: string[];
}

export type Pipeline = (input: PipelineInput) => AnnotatedDoc;

/** Fields present before any component runs. */
export const GIVEN_FIELDS: readonly DocField[] = ['text', 'published', 'publishedUtc', 'headlineCountries'];

/** A fresh document: the given fields set, every array field empty. */
export function emptyDoc(input: PipelineInput): AnnotatedDoc {
  const doc: AnnotatedDoc = {
    text: input.text,
    published: input.published,
    sentences: [],
    tokens: [],
    times: [],
    places: [],
    actors: [],
    roleConflicts: [],
    countries: [],
  };
  if (input.publishedUtc !== undefined) doc.publishedUtc = input.publishedUtc;
  if (input.headlineCountries !== undefined && input.headlineCountries.length > 0) doc.headlineCountries = input.headlineCountries;
  return doc;
}

/** Throws PIPELINE_MISSING when a component requires a field no earlier component assigns. */
export function checkOrder(components: readonly Component[]): void {
  const have = new Set<DocField>(GIVEN_FIELDS);
  for (const c of components) {
    const missing = c.requires.filter((f) => !have.has(f));
    if (missing.length > 0) {
      throw new BrinkError('PIPELINE_MISSING', { component: c.name, requires: missing.join(', ') }, c.name);
    }
    for (const f of c.assigns) have.add(f);
  }
}

export function buildPipeline(components: Component[]): Pipeline {
  const list = components.slice();
  checkOrder(list);
  return (input) => {
    const doc = emptyDoc(input);
    for (const c of list) c.run(doc);
    return doc;
  };
}
