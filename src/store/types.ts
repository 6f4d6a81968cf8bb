/**
 * The Store contract: one interface, implemented once over Kysely for SQLite and PostgreSQL.
 * Every write method is atomic. Reads return null/empty for "no match"; failures throw
 * BrinkError STORE_FAILED (or MIGRATION_FAILED when opening).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import type {
  ActorMention,
  Document,
  Event,
  Modality,
  QuadClass,
  RoleConflict,
  Span,
} from '../domain/types.js';

export type StoreConfig =
  { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema?: string };

/** Opaque keyset-pagination cursor: pass `nextCursor` of one page as `after` for the next. */
export type Cursor = string;

export interface Page<T> {
  items: T[];
  /** Null when there is nothing after this page. */
  nextCursor: Cursor | null;
}

// ---------------------------------------------------------------- documents

export interface PutOptions {
  /** Version of the pipeline that ingested it. */
  pipelineVersion?: string;
  /** Defaults to now. */
  ingestedAt?: string;
}

export interface DocumentSummary {
  id: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  language: string;
  kind: Document['kind'];
  nearDuplicateOf?: string;
  ingestedAt: string;
}

export interface DocumentStore {
  /** Inserts; the same id again is 'duplicate' and changes nothing. */
  put(doc: Document, opts?: PutOptions): Promise<{ status: 'inserted' | 'duplicate'; id: string }>;
  get(id: string): Promise<Document | null>;
  has(id: string): Promise<boolean>;
  count(): Promise<number>;
  /** Newest ingested first (ties by id, descending). Default limit 50, max 1000. */
  list(opts?: { limit?: number; after?: Cursor }): Promise<Page<DocumentSummary>>;
  /**
   * Documents whose SimHash is within `maxDistance` bits, nearest first. For maxDistance <= 3 the
   * lookup uses the four 16-bit band indexes (exact by pigeonhole); beyond that it scans.
   */
  findNear(simhash: string, maxDistance: number): Promise<Array<{ id: string; distance: number }>>;
  /**
   * `has(id)` and `findNear(simhash, maxDistance)` (other documents only) in ONE query — the
   * worker's first look at a document. Without a simhash, `near` is empty.
   */
  lookup(id: string, simhash: string | undefined, maxDistance: number): Promise<{ exists: boolean; near: Array<{ id: string; distance: number }> }>;
  /**
   * Documents sharing at least `minShared` MinHash LSH band keys with the given ones, most shared
   * first (at most 20). Uses the band index: cost grows with the candidates, not the corpus.
   */
  findSimilar(bands: string[], minShared: number): Promise<Array<{ id: string; shared: number }>>;
}

// ---------------------------------------------------------------- ingest runs

export type IngestStatus = 'ok' | 'duplicate' | 'near-duplicate' | 'failed';

export interface IngestItem {
  origin: string;
  status: IngestStatus;
  docId?: string;
  nearOf?: string;
  errorCode?: string;
  errorMessage?: string;
}

export interface IngestRun {
  id: number;
  startedAt: string;
  finishedAt?: string;
  args: unknown;
  counts: { ok: number; duplicate: number; near: number; failed: number };
}

export interface RunStore {
  start(args: unknown): Promise<number>;
  /**
   * Appends an item and bumps the run's live counts; returns its sequence number in the run
   * (1, 2, ...). Unknown run: NOT_FOUND_RECORD.
   */
  item(runId: number, item: IngestItem): Promise<number>;
  /** Sets finished_at and the counts, computed from the items. */
  finish(runId: number): Promise<IngestRun>;
  get(runId: number): Promise<(IngestRun & { items: Array<IngestItem & { seq: number }> }) | null>;
  /** Newest first. */
  list(opts?: { limit?: number }): Promise<IngestRun[]>;
}

// ---------------------------------------------------------------- analysis

export type CeasefireStatus =
  'announced' | 'agreed' | 'in-effect' | 'violated' | 'collapsed' | 'expired' | 'extended' | 'denied' | 'unknown';
/**
 * What a statement about a ceasefire says: announced, confirmed, denied, accused the other side,
 * extended it; `expire` (migration 0005): it ran its term, `statedTime` the time stated with it;
 * `until` (0005): the end it was given when declared, `statedTime` that instant or day.
 */
export type StatementKind = 'announce' | 'confirm' | 'deny' | 'accuse' | 'extend' | 'expire' | 'until';

export interface CeasefireStatement {
  docId: string;
  party: string;
  kind: StatementKind;
  /** An ISO instant or day: the extension's, expiry's or end's time for those kinds. */
  statedTime?: string;
  evidence: Span & { text: string };
}

/** Local record (not yet in src/domain): a ceasefire as synthesized from articles. */
export interface Ceasefire {
  id: string;
  parties: string[];
  mediators: string[];
  announcedUtc?: string;
  agreedUtc?: string;
  effectiveUtc?: string;
  effectiveText?: string;
  status: CeasefireStatus | string;
  extendedUntil?: string;
  conditions?: string;
  evidence: Array<Span & { text: string }>;
  firstDocId?: string;
  statements: CeasefireStatement[];
}

export type EngagementSource = 'derived' | 'manual';
export type Confidentiality = 'public' | 'restricted' | 'confidential';

export interface EngagementInput {
  mediator: string;
  party: string;
  channel?: string;
  onBehalfOf?: string;
  date: string;
  source: EngagementSource;
  confidentiality: Confidentiality;
  notes?: string;
  eventId?: string;
  docId?: string;
  createdBy?: string;
}

export interface Engagement extends EngagementInput {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** What the pipeline produced for ONE document; articles.save replaces the stored copy whole. */
export interface ArticleAnalysis {
  events: Event[];
  actors: ActorMention[];
  roleConflicts: RoleConflict[];
  ceasefires?: Ceasefire[];
  /** Derived engagements; stored with source 'derived' and this docId. */
  engagements?: Array<Omit<EngagementInput, 'docId' | 'source'>>;
}

/** An actor as stored per document: mentions grouped by (actorId, code). */
export type DocActor = Pick<ActorMention, 'actorId' | 'code' | 'name' | 'kind' | 'role' | 'how'> & {
  docId: string;
  mentions: Array<Span & { text: string }>;
};

export interface SaveOptions {
  /**
   * The document row was inserted in this same transaction, so it has no stored analysis to
   * clear (every analysis table references documents.id): the delete statements are skipped.
   */
  newDocument?: boolean;
}

export interface ArticleStore {
  save(docId: string, analysis: ArticleAnalysis, version: string, opts?: SaveOptions): Promise<void>;
  actors(docId: string): Promise<DocActor[]>;
  roleConflicts(docId: string): Promise<RoleConflict[]>;
}

// ---------------------------------------------------------------- events

export interface EventFilter {
  /** Matches the source's full code or its country (`IND` or `INDGOV`). */
  source?: string;
  target?: string;
  /** Either direction: (a → b) or (b → a), by code or country. */
  dyad?: [string, string];
  /** CAMEO prefix: `19` matches 190, 193, 1951... */
  cameo?: string;
  /** Two-digit root, exact. */
  root?: string;
  quad?: QuadClass;
  modality?: Modality;
  /** Inclusive event-date bounds `YYYY-MM-DD`; events without a date are excluded by either. */
  from?: string;
  to?: string;
  /** Outlet of the document the event came from. */
  outlet?: string;
  /** Default 100, max 5000. */
  limit?: number;
  after?: Cursor;
}

/** Per day and quad class: events and their Goldstein sum (asserted by default). */
export interface DailyRow {
  date: string;
  quad: number;
  n: number;
  goldsteinSum: number;
}

export interface EventStore {
  /**
   * Daily aggregates for a dyad, computed in SQL from the dyad indexes (one indexed lookup per
   * direction). A 3-letter key is a country, a longer key a full code.
   */
  daily(f: { dyad: [string, string]; from?: string; to?: string; directed?: boolean; modality?: Modality }): Promise<DailyRow[]>;
  /** Newest event date first (undated last), ties by id descending. */
  query(filter?: EventFilter): Promise<Page<Event>>;
  /** In document order (sentence, span start). */
  byDoc(docId: string): Promise<Event[]>;
  get(id: string): Promise<Event | null>;
}

/** Deduplicated event: the same (source, target, CAMEO 3-digit, day) across articles. */
export interface EventCluster {
  id: string;
  sourceCode: string;
  targetCode?: string;
  cameo3: string;
  eventDate?: string;
  /** Events in the cluster. */
  mentions: number;
  /** Distinct documents. */
  articles: number;
  /** Distinct outlets (or origins) reporting it. */
  sources: string[];
}

export interface ClusterStore {
  /**
   * In one transaction: upserts the clusters, sets events.cluster_id for the assignments, then
   * deletes clusters no event points to any more. Works for a full or an incremental recompute.
   */
  save(clusters: EventCluster[], assignments: Array<{ eventId: string; clusterId: string }>): Promise<void>;
  get(id: string): Promise<EventCluster | null>;
  /** Newest date first; `source`/`target` match codes exactly. */
  list(opts?: {
    source?: string;
    target?: string;
    from?: string;
    to?: string;
    limit?: number;
  }): Promise<EventCluster[]>;
}

export interface CeasefireStore {
  get(id: string): Promise<Ceasefire | null>;
  list(opts?: { party?: string; limit?: number }): Promise<Ceasefire[]>;
  update(
    id: string,
    patch: Partial<Pick<Ceasefire, 'status' | 'extendedUntil' | 'conditions' | 'effectiveUtc'>>,
  ): Promise<boolean>;
}

export interface EngagementStore {
  insert(e: EngagementInput): Promise<number>;
  get(id: number): Promise<Engagement | null>;
  /** Newest date first. */
  list(opts?: {
    mediator?: string;
    party?: string;
    from?: string;
    to?: string;
    limit?: number;
  }): Promise<Engagement[]>;
  update(id: number, patch: Partial<Omit<EngagementInput, 'source'>>): Promise<boolean>;
  delete(id: number): Promise<boolean>;
}

// ---------------------------------------------------------------- alerts

export type AlertStatus = 'open' | 'acknowledged' | 'resolved' | 'suppressed' | string;

export interface AlertInput {
  rule: string;
  dyad: string;
  firedAt: string;
  score: number;
  explanation: unknown;
  eventIds: string[];
  status?: AlertStatus;
}

export interface Alert extends AlertInput {
  id: number;
  status: AlertStatus;
}

export interface AlertDelivery {
  alertId: number;
  url: string;
  attempt: number;
  statusCode?: number;
  ok: boolean;
  error?: string;
  at: string;
}

export interface AlertStore {
  insert(a: AlertInput): Promise<number>;
  get(id: number): Promise<Alert | null>;
  /** Newest first. */
  list(opts?: { status?: string; rule?: string; limit?: number }): Promise<Alert[]>;
  setStatus(id: number, status: AlertStatus): Promise<boolean>;
  addDelivery(d: AlertDelivery): Promise<void>;
  deliveries(alertId: number): Promise<AlertDelivery[]>;
}

// ---------------------------------------------------------------- auth

export type UserRole = 'viewer' | 'analyst' | 'admin';

export interface User {
  id: string;
  name: string;
  role: UserRole;
  passwordHash?: string;
  disabled: boolean;
  createdAt: string;
}

export interface AuthStore {
  createUser(u: Omit<User, 'createdAt' | 'disabled'> & { disabled?: boolean }): Promise<void>;
  getUser(id: string): Promise<User | null>;
  userByName(name: string): Promise<User | null>;
  listUsers(): Promise<User[]>;
  updateUser(
    id: string,
    patch: Partial<Pick<User, 'name' | 'role' | 'passwordHash' | 'disabled'>>,
  ): Promise<boolean>;
  /** Store only hashes of tokens, never the tokens. */
  addToken(t: { tokenHash: string; userId: string; label?: string; expiresAt?: string }): Promise<void>;
  /** The token's user, when the token exists, is unexpired (at `now`) and the user is enabled. */
  userByToken(tokenHash: string, now?: string): Promise<User | null>;
  revokeToken(tokenHash: string): Promise<boolean>;
  addSession(s: { tokenHash: string; userId: string; expiresAt: string }): Promise<void>;
  userBySession(tokenHash: string, now?: string): Promise<User | null>;
  deleteSession(tokenHash: string): Promise<boolean>;
  audit(entry: { who?: string; action: string; record?: string; detail?: unknown }): Promise<void>;
  auditLog(opts?: {
    limit?: number;
  }): Promise<
    Array<{ id: number; at: string; who?: string; action: string; record?: string; detail?: unknown }>
  >;
}

// ---------------------------------------------------------------- the store

// ---------------------------------------------------------------- imported datasets' own facts

/** GDELT's counts and tone, or ACLED's fatalities and typology, for one imported event. */
export interface ImportFacts {
  eventId: string;
  dataset: 'gdelt' | 'acled';
  gdelt?: { mentions: number; sources: number; articles: number; avgTone: number; isRoot: boolean };
  acled?: {
    fatalities: number;
    eventType: string;
    subEventType: string;
    disorderType?: string;
    interaction?: string;
    civilianTargeting: boolean;
    tags?: string;
  };
}

export interface ImportFactStore {
  /** Upserts the facts of events that are stored (facts of unknown events are refused). */
  put(facts: ImportFacts[]): Promise<void>;
  /** Facts of the given events that have any, in no particular order. */
  byEvents(eventIds: string[]): Promise<ImportFacts[]>;
  /** Sum of ACLED fatalities over stored events, optionally of one country pair (either direction). */
  fatalities(opts?: { a?: string; b?: string; from?: string; to?: string }): Promise<number>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Escape hatch for read-only aggregate queries (analytics) that the methods below do not cover.
   * Write through the methods, which keep the invariants; stick to portable SQL.
   */
  readonly db: Kysely<DB>;
  documents: DocumentStore;
  runs: RunStore;
  articles: ArticleStore;
  events: EventStore;
  importFacts: ImportFactStore;
  clusters: ClusterStore;
  ceasefires: CeasefireStore;
  engagements: EngagementStore;
  alerts: AlertStore;
  auth: AuthStore;
  /** Runs fn with a Store whose writes all commit or roll back together. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type { QuadClass, Modality };
