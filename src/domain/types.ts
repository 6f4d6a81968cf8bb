/**
 * Brink's shared records. This module imports nothing; every other module may import it.
 * Offsets are UTF-16 code-unit offsets into `Document.text` (what JS string indexing uses),
 * half-open: [start, end).
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO instant in UTC, `YYYY-MM-DDTHH:MM:SSZ` (or with milliseconds). */
export type IsoInstant = string;

export type SourceKind = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'ndjson' | 'url' | 'api' | 'import';

/** One news item as ingested. `id` is a content hash of the normalized text. */
export interface Document {
  id: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** Publication instant (UTC ISO) or date (`YYYY-MM-DD`) when only the day is known. */
  published?: string;
  /** ISO 639-1 where known (`en`), `und` when undetermined. */
  language: string;
  /** false when the language is not one Brink codes (stored, never coded). */
  supported: boolean;
  text: string;
  html?: string;
  kind: SourceKind;
  /** Where it came from: a file path, a URL, `stdin`, `ndjson:<file>:<line>`. */
  origin?: string;
  /** Near-duplicate: id of the earlier document this one is a light edit of. */
  nearDuplicateOf?: string;
  /** 64-bit SimHash of the normalized text, as 16 hex digits. */
  simhash?: string;
  /** MinHash LSH band keys (32) of the story's shingles, for near-duplicate lookup. */
  bands?: string[];
}

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- annotation

export interface Sentence extends Span {
  index: number;
  /** First token index and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  index: number;
  text: string;
  /** lower-cased text */
  lower: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, DET, PUNCT, ...). */
  pos: string;
  lemma: string;
  sentence: number;
  /** wink token type: word, number, punctuation, symbol, email, url, ... */
  type: string;
  /** true when the token is negated by a preceding "not"/"n't" per wink (informational). */
  negated?: boolean;
}

export type Precision = 'minute' | 'hour' | 'part-of-day' | 'day' | 'week' | 'month' | 'year';
export type PartOfDay = 'early-morning' | 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * A resolved time expression. `utc` is set only when the instant is known to hour/minute
 * precision; `date` is the local calendar day the expression denotes (always set when resolvable).
 * `inferred` is true when any part (zone, day, year) was not stated but taken from context.
 */
export interface TimeExpr extends Span {
  text: string;
  utc?: IsoInstant;
  date?: IsoDate;
  precision: Precision;
  partOfDay?: PartOfDay;
  /** Zone as stated or inferred: an abbreviation (`IST`) or offset (`+05:30`). */
  zone?: string;
  /** UTC offset in minutes that was applied, when any. */
  offsetMinutes?: number;
  inferred: boolean;
  /** Ranges ("over the weekend", "last week"): first and last day, inclusive. */
  range?: { from: IsoDate; to: IsoDate };
  /** Role of the expression in its clause, when a pattern said so ("effective from"). */
  role?: 'effective' | 'until' | 'since' | 'deadline';
}

export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'disputed' | 'site' | 'water';

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166 alpha-3 of the country it lies in (for disputed areas, the administering one). */
  country: string;
  lat: number;
  lon: number;
  /** Other countries that claim or share it. */
  claimedBy?: string[];
  /** A line between two states (a ceasefire line, a de facto border): an act there by one side is aimed at the other. */
  frontier?: true;
}

export interface PlaceMention extends Span {
  text: string;
  place: Place;
  /** The place of a wire dateline ("KHARTOUM, Nov 6 (Wire) —"): where the story was filed, no event's place. */
  dateline?: true;
}

// ---------------------------------------------------------------- actors

/** Sector suffixes of CAMEO-style actor codes. */
export type Sector =
  | 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'COP' | 'SPY' | 'OPP' | 'REB' | 'INS' | 'UAF' | 'MED' | 'CVL'
  | 'BUS' | 'NGO' | 'IGO' | 'REF' | 'EDU' | 'HLH' | 'ELI' | 'PTY' | 'LAB' | 'REL' | 'CRM';

export interface RoleSpell {
  /** Canonical title: "Prime Minister", "Secretary of State", "Army Chief". */
  title: string;
  /** Country (ISO3) or organization code the office belongs to. */
  of: string;
  /** Actor code the holder acts as: `INDGOV`, `PAKMIL`, `USAGOV`. */
  code: string;
  from: IsoDate;
  /** Inclusive last day; absent when still in office. */
  to?: IsoDate;
}

export type ActorKind = 'country' | 'igo' | 'group' | 'person' | 'media' | 'agent';

/** A dictionary entry. */
export interface ActorEntry {
  id: string;
  kind: ActorKind;
  name: string;
  /** Base code (country ISO3, `IGO...`, group code like `PSEREB`, outlet `USAMED`). */
  code: string;
  aliases: string[];
  roles?: RoleSpell[];
  /** For people: the surname used after a first mention. */
  surname?: string;
  gender?: 'm' | 'f';
  country?: string;
  /** For a group that became a state's government: from when (and until when) it is coded `<country>GOV`. */
  governs?: RoleSpell & { country: string };
  /** For a group: its affiliates in other states ("Islamic State" → its Somalia province), by their country. */
  affiliates?: Array<{ country: string; entry: ActorEntry; from?: IsoDate; to?: IsoDate }>;
}

export type Resolution =
  | 'name' | 'alias' | 'surname' | 'title+name' | 'title' | 'typed' | 'adjective' | 'metonym'
  | 'coreference' | 'group-noun';

/** A span of text resolved to an actor on the article's date. */
export interface ActorMention extends Span {
  text: string;
  /** Dictionary id, or a synthetic id for typed/unnamed actors (`agent:PAKMIL`). */
  actorId: string;
  /** CAMEO-style code on the date: `USAGOV`, `IND`, `PAKMIL`. */
  code: string;
  name: string;
  kind: ActorKind;
  role?: string;
  how: Resolution;
  /** Several actors at once ("both sides", "India and Pakistan"): their codes. */
  members?: string[];
  /** Title written in the text, when any ("Senator"). */
  statedTitle?: string;
}

export interface RoleConflict {
  actorId: string;
  name: string;
  statedInText: string;
  heldOnDate: string | null;
  date: IsoDate;
  evidence: Span & { text: string };
}

export interface AnnotatedDoc {
  text: string;
  /** Reference date (publication day) used for relative times. */
  published: IsoDate;
  /** Publication instant when known. */
  publishedUtc?: IsoInstant;
  sentences: Sentence[];
  tokens: Token[];
  times: TimeExpr[];
  places: PlaceMention[];
  actors: ActorMention[];
  roleConflicts: RoleConflict[];
  /** Countries the article is about, most mentioned first (used to resolve ambiguous zones). */
  countries: string[];
  /**
   * Countries named in the article's headline when the headline is not part of `text` (a feed item's or page's
   * title): they count toward the country the article is about, as a lead sentence's would.
   */
  headlineCountries?: string[];
}

// ---------------------------------------------------------------- events

export type QuadClass = 1 | 2 | 3 | 4; // verbal coop, material coop, verbal conflict, material conflict

export type Modality =
  | 'asserted' | 'negated' | 'hypothetical' | 'future-intent' | 'speculative' | 'question';

export interface EventActor {
  code: string;
  name?: string;
  role?: string;
  actorId?: string;
  /** Country part of the code (first three letters; '' for a bare role code such as "MIL": see `countryPart`). */
  country: string;
}

/**
 * CAMEO role codes that make up a whole code when the actor's country is not known ("GOV" for an
 * unplaced "President X", "MIL" for "aircraft"): such a code has no country part.
 */
export const ROLE_ONLY_CODES: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'INS', 'UAF', 'OPP', 'PTY', 'CVL', 'REF', 'LAB', 'BUS', 'MED',
  'EDU', 'HLH', 'CRM', 'ELI', 'AGR', 'ENV', 'MOD', 'RAD', 'SET', 'REL',
]);

/** Sectors that speak and act for a state: its government, forces, police, intelligence, courts, legislature. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['', 'GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** Compass adjectives before a country's or region's name ("southern Lebanon", "north-eastern Syria"). */
export const COMPASS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'north', 'south', 'east', 'west',
  'north-east', 'north-west', 'south-east', 'south-west']);

/** Verbs of a go-between: their agent stands between the parties ("a truce brokered by X", "talks mediated by Y"). */
export const MEDIATING: ReadonlySet<string> = new Set(['broker', 'mediate', 'facilitate', 'sponsor', 'arrange', 'negotiate', 'host', 'guarantee', 'oversee', 'organise', 'organize', 'convene']);
/** The go-between verbs whose subject is never a party: one negotiates or arranges one's own truce, but brokers, hosts or guarantees others'. */
export const THIRD_PARTY: ReadonlySet<string> = new Set([...MEDIATING].filter((v) => v !== 'negotiate' && v !== 'arrange'));

/** Nouns a city's name names after an article ("the Minsk agreements", "the Kuala Lumpur accord", "the Doha talks"): the place is where it was made. */
export const VENUE_NAMED: ReadonlySet<string> = new Set(['accord', 'accords', 'agreement', 'agreements', 'declaration', 'protocol', 'protocols', 'process', 'format', 'talks',
  'summit', 'communique', 'framework', 'memorandum', 'consensus', 'understanding', 'convention', 'conference', 'peace', 'ceasefire', 'truce', 'deal', 'formula']);

/** The country of an actor code: "IGO" for IGOs, '' for a bare role code, else its first three letters. */
export function countryPart(code: string): string {
  if (code.startsWith('IGO')) return 'IGO';
  const c = code.slice(0, 3);
  return ROLE_ONLY_CODES.has(c) ? '' : c;
}

export interface Attribution {
  speaker?: { name: string; code?: string };
  outlet?: string;
  /** "senior administration officials", "a statement". */
  basis?: string;
  named: boolean;
  /** Outer to inner: ["The News", "CNN", "officials"]. */
  chain: string[];
  evidence?: Span;
}

export interface EventTime {
  utc?: IsoInstant;
  date?: IsoDate;
  precision: Precision;
  partOfDay?: PartOfDay;
  text?: string;
  inferred: boolean;
}

export interface Event {
  id: string;
  docId: string;
  sentence: number;
  /** Character span of the evidence (trigger clause) in the document text. */
  span: [number, number];
  /** The evidence text. */
  evidence: string;
  source: EventActor;
  target: EventActor | null;
  cameo: string;
  plover: string;
  ploverMode?: string;
  ploverContext?: string;
  quad: QuadClass;
  goldstein: number;
  when: EventTime;
  where?: { placeId: string; name: string; country: string; lat: number; lon: number };
  modality: Modality;
  attribution?: Attribution;
  /** Id of the pattern/rule that fired. */
  rule: string;
  confidence: number;
  /** Dictionary + pattern version that produced it. */
  version?: string;
  /** How many mentions in the article were merged into this event. */
  mentions?: number;
}
