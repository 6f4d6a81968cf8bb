/** Test support: the fictional world dictionary and a one-call annotate for resolver tests. */
import { join } from 'node:path';
import type { ActorMention } from '../domain/types.js';
import { ROOT } from '../engine/paths.js';
import { emptyDoc } from '../nlp/pipeline.js';
import { tokenize } from '../nlp/tokenizer.js';
import { loadActorDictionary } from './dictionary.js';
import type { ActorDictionary } from './model.js';
import { actorResolver, type ActorAnnotatedDoc } from './resolver.js';

export const WORLD_DIR = join(ROOT, 'test', 'fixtures', 'world', 'actors');

let world: ActorDictionary | null = null;

export function worldDictionary(): ActorDictionary {
  world ??= loadActorDictionary(WORLD_DIR);
  return world;
}

export function resolve(text: string, published = '2023-05-10', dict: ActorDictionary = worldDictionary()): ActorAnnotatedDoc {
  const doc: ActorAnnotatedDoc = emptyDoc({ text, published });
  const t = tokenize(text);
  doc.sentences = t.sentences;
  doc.tokens = t.tokens;
  actorResolver(dict).run(doc);
  return doc;
}

/** The mention whose text is exactly `text` (the n-th one). */
export function mention(doc: ActorAnnotatedDoc, text: string, n = 0): ActorMention | undefined {
  return doc.actors.filter((m) => m.text === text)[n];
}
