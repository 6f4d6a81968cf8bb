/**
 * Shapes of the HTTP API responses as the dashboard reads them. The web layer may import only
 * src/domain, so the report and analytics shapes are restated here (structurally, optional where
 * the dashboard copes without a field).
 */
import type { Event, Modality, QuadClass } from '../domain/types.js';

export type { Event, Modality, QuadClass };

export type Role = 'admin' | 'analyst' | 'viewer';
export interface User { id: number | string; name: string; role: Role }
export interface Session { user: User; csrfToken: string }

export interface Page<T> { items: T[]; nextCursor?: string | null }

export interface DocumentSummary { id: string; title?: string; outlet?: string; published?: string; url?: string }
export interface Doc extends DocumentSummary { text: string; language?: string }

export interface SpanText { start: number; end: number; text?: string }
/** An actor in a document: one mention (start/end) or grouped mentions. */
export interface DocActor extends Partial<SpanText> {
  actorId?: string; code: string; name: string; kind?: string; role?: string; how?: string;
  mentions?: SpanText[];
}

export interface Evidence { text: string; start: number; end: number }
export interface When { utc?: string; date?: string; precision?: string; partOfDay?: string; stated?: string; inferred?: boolean }

export interface ArticleReport {
  doc?: { id: string; title?: string; outlet?: string; url?: string; published?: string };
  who?: Array<{ code: string; name: string; kind?: string; role?: string; how?: string[]; mentions?: number; acted?: boolean }>;
  timeline?: Array<{ kind: string; when: When; what: string; eventId?: string; cameo?: string; evidence?: Evidence }>;
  ceasefires?: Array<{
    parties: string[]; mediators: string[]; announcedBy?: Array<{ name: string; code?: string }>;
    announced?: When; agreed?: When; effective?: When; conditions?: string[]; duration?: string;
    extensions?: Array<{ until?: string; stated: string }>;
    /** The end the truce was given when declared ("until midnight on Sunday"); not an extension's. */
    until?: When; expired?: When;
    violations?: Array<{ kind: string; by?: string; against?: string; evidence?: Evidence }>;
  }>;
  mediation?: Array<{ mediator: { code: string; name?: string }; party: { code: string; name?: string }; channel: string; onBehalfOf?: string; when: When; evidence?: Evidence }>;
  claims?: Array<{ claim: string; outlet?: string; basis?: string; named: boolean; chain: string[]; speaker?: string; evidence?: Evidence }>;
  sourcing?: string;
  issues?: Array<{ id: string; label: string; category: string; underlying: boolean; evidence?: Evidence }>;
  otherActors?: Array<{ code: string; name: string; why: string; evidence?: Evidence }>;
  notAsserted?: Array<{ modality: string; summary: string; cameo: string; source: string; target: string | null; evidence?: Evidence }>;
}

export interface DocumentView {
  document: Doc;
  actors: DocActor[];
  roleConflicts?: Array<{ name: string; statedInText: string; heldOnDate: string | null; date: string }>;
  events: Event[];
  report?: ArticleReport | null;
  /** Time expressions, when the server sends them (otherwise derived from events). */
  times?: Array<SpanText & { utc?: string; date?: string }>;
}

export interface AlertEvent {
  id: string; date: string; cameo: string; sourceCode: string; targetCode: string | null;
  evidence?: string; contribution?: number; docId?: string;
}
export interface Alert {
  id: string | number; rule: string; dyad: string[] | string; firedAt?: string; firedOn?: string; score: number;
  explanation?: { message?: string; events?: AlertEvent[] };
  message?: string; events?: AlertEvent[];
}

export interface HeatingDyad { a: string; b: string; index: number; previous: number; change: number; events: number }
export interface DyadsResponse { now?: string; dyads: HeatingDyad[] }

export interface SeriesRow { period: string; events: number; quad: number[]; goldsteinSum: number; goldsteinMean: number }
export interface EscalationRow { date: string; index: number; delta: number; events: number; level: string }
export interface AEvent {
  id: string; date: string; utc?: string; sourceCode: string; targetCode: string | null; cameo: string;
  quad: number; goldstein: number; modality?: string; docId?: string; evidence?: string; outlet?: string;
}
/** One event's share of the index (flat as the API sends it; `event` nested in older shapes). */
export interface Contribution {
  eventId?: string; date?: string; cameo?: string; source?: string; target?: string | null; evidence?: string; docId?: string | null;
  event?: AEvent; weight: number; contribution: number;
}
export interface DyadDetail {
  a: string; b: string;
  series: SeriesRow[];
  escalation: EscalationRow[];
  explanation?: { date?: string; index: number; level: string; contributions: Contribution[] };
  ceasefires: Array<{ id: string; effectiveUtc?: string | null }>;
}

export interface CeasefireCard {
  id: string; parties: string[]; mediators: string[]; effectiveUtc?: string; extendedUntil?: string;
  /** The end it was given when declared: an instant, or a day meaning through that day. */
  until?: string;
  disagreements: Array<{ kind: string; detail: string }>; docIds: string[];
  status: { status: string; incidents: AEvent[]; accusations: AEvent[]; history: Array<{ status: string; from: string }> };
}

export type Confidentiality = 'public' | 'restricted' | 'confidential';
export interface Engagement {
  id: number | string; mediator: string; party: string; channel?: string; onBehalfOf?: string; date: string;
  source: string; confidentiality: Confidentiality; notes?: string; createdBy?: string; createdAt?: string;
  docId?: string;
}

export interface NetworkData {
  nodes: Array<{ id: string; events: number }>;
  edges: Array<{ a: string; b: string; cooperation: number; conflict: number; events: number }>;
}

export interface GeoFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}
export interface GeoCollection { type: 'FeatureCollection'; features: GeoFeature[] }

export interface SearchResult { documents: Array<DocumentSummary & { snippet?: string }>; events: Event[]; engagements?: Engagement[] }

export interface MediatorRank { actor: string; score: number; coopA: number; coopB: number; hostileShare: number; events: AEvent[] }
export interface MediatorsResponse { a: string; b: string; mediators: MediatorRank[]; engagements: Engagement[] }
