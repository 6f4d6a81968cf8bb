/**
 * Kysely table types: what the columns hold in BOTH dialects. Dialect-neutral conventions:
 * timestamps and dates are ISO text, booleans are integers 0/1, JSON is text, floats are
 * `double precision`, auto-numbered ids are integers.
 */
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  supported: number;
  kind: string;
  origin: string | null;
  text: string;
  html: string | null;
  simhash: string | null;
  b0: number | null;
  b1: number | null;
  b2: number | null;
  b3: number | null;
  near_duplicate_of: string | null;
  ingested_at: string;
  pipeline_version: string | null;
}

export interface IngestRunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string | null;
  args: string;
  ok: number;
  duplicate: number;
  near: number;
  failed: number;
}

export interface IngestItemsTable {
  run_id: number;
  seq: number;
  origin: string;
  status: string;
  doc_id: string | null;
  near_of: string | null;
  error_code: string | null;
  error_message: string | null;
}

/** Migration 0004: what an imported GDELT/ACLED row carries beyond the Event record. */
export interface EventImportFactsTable {
  event_id: string;
  dataset: string;
  mentions: number | null;
  sources: number | null;
  articles: number | null;
  avg_tone: number | null;
  is_root: number | null;
  fatalities: number | null;
  event_type: string | null;
  sub_event_type: string | null;
  disorder_type: string | null;
  interaction: string | null;
  civilian_targeting: number | null;
  tags: string | null;
}

export interface EventsTable {
  id: string;
  doc_id: string;
  sentence: number;
  span_start: number;
  span_end: number;
  evidence: string;
  source_code: string;
  source_country: string;
  source_actor_id: string | null;
  source_name: string | null;
  source_role: string | null;
  target_code: string | null;
  target_country: string | null;
  target_actor_id: string | null;
  target_name: string | null;
  target_role: string | null;
  cameo: string;
  root: string;
  plover: string;
  plover_mode: string | null;
  plover_context: string | null;
  quad: number;
  goldstein: number;
  event_date: string | null;
  /** 1 when event_date was taken from event_utc (the event stated no calendar date). */
  date_derived: number;
  event_utc: string | null;
  precision: string;
  part_of_day: string | null;
  time_text: string | null;
  time_inferred: number;
  place_id: string | null;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  modality: string;
  attribution: string | null;
  rule: string;
  confidence: number;
  version: string | null;
  cluster_id: string | null;
}

export interface EventClustersTable {
  id: string;
  source_code: string;
  target_code: string | null;
  cameo3: string;
  event_date: string | null;
  mentions: number;
  articles: number;
  sources: string;
}

export interface DocActorsTable {
  doc_id: string;
  actor_id: string;
  code: string;
  name: string;
  kind: string;
  role: string | null;
  how: string;
  mentions: string;
}

export interface RoleConflictsTable {
  id: Generated<number>;
  doc_id: string;
  actor_id: string;
  name: string;
  stated: string;
  held: string | null;
  date: string;
  evidence: string;
}

export interface CeasefiresTable {
  id: string;
  parties: string;
  mediators: string;
  announced_utc: string | null;
  agreed_utc: string | null;
  effective_utc: string | null;
  effective_text: string | null;
  status: string;
  extended_until: string | null;
  conditions: string | null;
  evidence: string;
  first_doc_id: string | null;
}

export interface CeasefireStatementsTable {
  id: Generated<number>;
  ceasefire_id: string;
  doc_id: string;
  party: string;
  kind: string;
  stated_time: string | null;
  evidence: string;
}

export interface EngagementsTable {
  id: Generated<number>;
  mediator: string;
  party: string;
  channel: string | null;
  on_behalf_of: string | null;
  date: string;
  source: string;
  confidentiality: string;
  notes: string | null;
  event_id: string | null;
  doc_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AlertsTable {
  id: Generated<number>;
  rule: string;
  dyad: string;
  fired_at: string;
  score: number;
  explanation: string;
  event_ids: string;
  status: string;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  alert_id: number;
  url: string;
  attempt: number;
  status_code: number | null;
  ok: number;
  error: string | null;
  at: string;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  password_hash: string | null;
  disabled: number;
  created_at: string;
}

export interface ApiTokensTable {
  token_hash: string;
  user_id: string;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  who: string | null;
  action: string;
  record: string | null;
  detail: string | null;
}

export interface DocBandsTable {
  doc_id: string;
  band: string;
}

export interface DB {
  documents: DocumentsTable;
  doc_bands: DocBandsTable;
  ingest_runs: IngestRunsTable;
  ingest_items: IngestItemsTable;
  events: EventsTable;
  event_clusters: EventClustersTable;
  doc_actors: DocActorsTable;
  role_conflicts: RoleConflictsTable;
  ceasefires: CeasefiresTable;
  ceasefire_statements: CeasefireStatementsTable;
  engagements: EngagementsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  event_import_facts: EventImportFactsTable;
}
