export { loadActorDictionary, buildDictionary, parseEntries } from './dictionary.js';
export type { ActorDictionary, AgentInfo, NameHit, TitleInfo, DictionaryParts, DictionaryPartsInput } from './dictionary.js';
export { actorResolver, resolveActors, articleCountries } from './resolver.js';
export type { ActorAnnotatedDoc, ActorNote, ResolverOptions } from './resolver.js';
export { rolesOn, roleFor, holdersOn, activeOn, dayOf } from './roles.js';
