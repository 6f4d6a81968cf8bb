/**
 * The annotator: the ONE place the annotation pipeline is put together.
 *
 *   tokenizer     sentences, tokens (+POS, lemma)
 *   places        gazetteer matches (when data/places/places.json exists)
 *   actors        actor mentions on the article's date, role conflicts, the article's countries
 *   times         time expressions — after actors, because an ambiguous zone ("IST") is resolved
 *                 by the countries the article is about
 *
 * Dictionaries are loaded once, when the annotator is created; the returned function is pure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedDoc } from '../domain/types.js';
import { actorResolver, loadActorDictionary } from '../actors/index.js';
import { buildPipeline, loadGazetteer, loadZones, placeFinder, timeFinder, tokenizer } from '../nlp/index.js';
import type { Component, PipelineInput } from '../nlp/index.js';
import { DATA_DIR } from './paths.js';

export interface AnnotatorOptions {
  /** Data directory (default: the repository's data/). */
  dataDir?: string;
}

export type Annotate = (input: PipelineInput) => AnnotatedDoc;

/** The components, in pipeline order. */
export function annotatorComponents(opts: AnnotatorOptions = {}): Component[] {
  const dataDir = opts.dataDir ?? DATA_DIR;
  const places = join(dataDir, 'places', 'places.json');
  const zones = join(dataDir, 'time', 'zones.json');
  return [
    tokenizer(),
    ...(existsSync(places) ? [placeFinder(loadGazetteer(places))] : []),
    actorResolver(loadActorDictionary(join(dataDir, 'actors'))),
    existsSync(zones) ? timeFinder({ zones: loadZones(zones) }) : timeFinder(),
  ];
}

export function createAnnotator(opts: AnnotatorOptions = {}): Annotate {
  return buildPipeline(annotatorComponents(opts));
}
