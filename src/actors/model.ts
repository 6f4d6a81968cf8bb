/** The compiled actor dictionary the resolver matches against. */
import type { ActorEntry } from '../domain/types.js';
import type { FormIndex } from './forms.js';

export interface TitleInfo {
  /** Canonical title ("Foreign Minister"), or the class noun for generic entries. */
  title: string;
  sector: string | undefined;
  countries: string[] | undefined;
  /** Many holders at once (Senator): never resolves to one person alone. */
  many: boolean;
  /** A class noun or rank (minister, spokesman, General): no office, no conflict check. */
  generic: boolean;
  /** An abbreviation that counts only next to a country word or a name (PM, NSA). */
  contextOnly: boolean;
  /** Alone (no name, no country word), the title counts only when capitalised ("the Speaker", not "the speaker"). */
  capitalized: boolean;
  /** The written form is plural ("Vice Presidents"): a class, not one office. */
  plural: boolean;
}

export interface AgentInfo {
  sector: string;
  plural: boolean;
  /** An actor even without a country word ("militants"). */
  bare: boolean;
  /** Only a word referring back to a named armed group ("the group said", "the movement"): no actor otherwise. */
  anaphoric: boolean;
}

/**
 * What a proper-name form stands for. The dictionary makes every hit with every field (those of other
 * types undefined, see `entryHit`, `adjectiveHit`, `metonymHit`): one object shape for all, so that the
 * resolver's reads of `type` and the rest stay monomorphic (ten shapes, dated and shared ones included,
 * made them megamorphic).
 */
export type NameHit =
  | { type: 'entry'; entry: ActorEntry; how: 'name' | 'alias'; country?: undefined; demonym?: undefined; sector?: undefined; among?: undefined; from?: string; to?: string; pairedWith?: string }
  | { type: 'adjective'; country: string; demonym: boolean; among?: string[]; from?: string; to?: string; entry?: undefined; how?: undefined; sector?: undefined }
  | { type: 'metonym'; country: string; sector: string; entry?: undefined; how?: undefined; demonym?: undefined; among?: undefined; from?: string | undefined; to?: string | undefined };

/** A dated hit's span of validity (either end open). */
export interface HitSpan {
  from?: string | undefined;
  to?: string | undefined;
}

/** A hit naming a dictionary entry, in the one shape of all hits (see `NameHit`). */
export function entryHit(entry: ActorEntry, how: 'name' | 'alias', span: HitSpan = {}, pairedWith?: string): NameHit {
  return { type: 'entry', entry, how, country: undefined, demonym: undefined, sector: undefined, among: undefined, from: span.from, to: span.to, ...(pairedWith ? { pairedWith } : {}) };
}

/** A country's adjective or demonym (`among`: the states a shared one may stand for), in the one shape of all hits. */
export function adjectiveHit(country: string, demonym: boolean, among?: string[], span: HitSpan = {}): NameHit {
  return { type: 'adjective', entry: undefined, how: undefined, country, demonym, sector: undefined, among, from: span.from, to: span.to } as NameHit;
}

/** A capital or seat standing for a state's body (for a time, when dated), in the one shape of all hits. */
export function metonymHit(country: string, sector: string, span: HitSpan = {}): NameHit {
  return { type: 'metonym', entry: undefined, how: undefined, country, demonym: undefined, sector, among: undefined, from: span.from, to: span.to };
}

export interface ActorDictionary {
  /** Combined versions of the files, `file@version` joined by `;`. */
  version: string;
  entries: Map<string, ActorEntry>;
  /** Proper names, aliases, adjectives, demonyms, metonyms (case-sensitive). */
  names: FormIndex<NameHit>;
  /** Office titles and class nouns (case-insensitive). */
  titles: FormIndex<TitleInfo>;
  /** Agent nouns (case-insensitive). */
  agents: FormIndex<AgentInfo>;
  /** Group-noun determiners ("both", "the two"), case-insensitive. */
  groupDeterminers: FormIndex<true>;
  groupHeads: Set<string>;
  /** Per determiner (lower case, as written), the heads it goes with (an entry's determiners go with its own heads). */
  groupHeadsBy: Map<string, Set<string>>;
  /** Lower-cased last words of organisation names ("Ministry", "Front") → the sector they make. */
  orgHeads: Map<string, string>;
  /** Lower-cased nouns that make a country adjective a description ("food"). */
  nonActorHeads: Set<string>;
  /** A country name that is also a place in another country ("Georgia" → USA): name → those countries. */
  homonyms: Map<string, string[]>;
  /** Leading words of the case-insensitive indexes (titles, agents, group determiners): a fast pre-check. */
  caselessLeads: Set<string>;
  /**
   * Every string a token must show for the scan to propose an item there: the caseless leads, the
   * names' leading words, pronouns and surnames. A token none of whose lead, lower-cased lead, form
   * and lower-cased form is here starts no item (one lookup for most tokens).
   */
  scanKeys: Set<string>;
  /** surname → people (case-sensitive). */
  surnames: Map<string, ActorEntry[]>;
  /** canonical title → people who ever held it. */
  holders: Map<string, ActorEntry[]>;
  /** canonical title → its info. */
  titleInfo: Map<string, TitleInfo>;
  /** ISO3 → country entry. */
  countries: Map<string, ActorEntry>;
  /** The countries that are federations (countries.json `federal`). */
  federations: Set<string>;
  /** The regions of several states (countries.json `region`: "EUR", "WST"). */
  regions: Set<string>;
}
