/**
 * The article report: what an analyst wants from one article in ten seconds.
 * Schema id `brink.article-report/1`; documented in docs/article-report.md. Fields are only ever
 * added (never renamed or retyped) within a schema version.
 */
import type { Attribution, Event, EventTime, IsoDate, Modality, PartOfDay, Precision, Resolution, RoleConflict } from '../domain/types.js';

export const REPORT_SCHEMA = 'brink.article-report/1';

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface ReportActor {
  actorId: string;
  code: string;
  name: string;
  kind: string;
  role?: string;
  /** How the mentions were resolved (name, title+name, coreference, ...). */
  how: Resolution[];
  mentions: number;
  /** Source or target of at least one asserted event. */
  acted: boolean;
}

export interface When {
  utc?: string;
  date?: IsoDate;
  precision: Precision;
  partOfDay?: PartOfDay;
  /** The time as the text states it ("Friday morning", "5 pm IST"). */
  stated?: string;
  inferred: boolean;
}

export type TimelineKind = 'event' | 'warning' | 'ceasefire-effective' | 'ceasefire-announced' | 'ceasefire-expired' | 'ceasefire-ends' | 'contact';

export interface TimelineEntry {
  kind: TimelineKind;
  when: When;
  what: string;
  eventId?: string;
  cameo?: string;
  evidence: Evidence;
}

export interface CeasefireReport {
  /** `agreement`: the article reports a truce being agreed, declared or taking effect; `reference`: it only refers to one. */
  kind: 'agreement' | 'reference';
  parties: string[];
  /**
   * Who brokered, mediated, hosted or facilitated it. A state that only put the truce forward
   * ("proposed by the US", "a plan put forward by Qatar") is in `proposedBy`, not here, unless the
   * article also tells it mediating (calls, visits, hosting, "brokered", "mediated").
   */
  mediators: string[];
  /** Who put the truce forward (added field): "proposed by X and Y", "put forward by X", "a U.S. proposal", "Egypt's plan"; a party may be one. */
  proposedBy?: string[];
  /**
   * The parties the article tells accepting the truce when only one side did (added field, with
   * status `accepted-by-one-side`): "the RSF said it had agreed to the truce ...".
   */
  acceptedBy?: string[];
  /** The parties the article tells rejecting the truce the other side accepted (added field, status `accepted-by-one-side`). */
  rejectedBy?: string[];
  announcedBy: Array<{ name: string; code: string; how?: string }>;
  announced?: When;
  agreed?: When;
  effective?: When;
  conditions: string[];
  duration?: string;
  extensions: Array<{ until?: IsoDate; stated: string; evidence: Evidence }>;
  /**
   * `accusation`: a side (or a third party) says the OTHER side broke the truce; `incident`: the
   * article tells an attack between the parties after the truce began. `admitted` (added field): the
   * incident is told by the doer's own side ("the Israeli military said its aircraft struck ...
   * despite the truce") — an act it reports of itself, no accusation against the other side.
   */
  violations: Array<{ kind: 'accusation' | 'incident'; by?: string; against?: string; admitted?: boolean; evidence: Evidence }>;
  /** A party denying it violated the truce, or that the clashes took place (added field). */
  denials?: Array<{ by: string; evidence: Evidence }>;
  evidence: Evidence[];
  /**
   * What the article says became of it, the gravest report winning: `proposed` / `rejected` (never
   * agreed), `accepted-by-one-side` (one party named accepting it — `acceptedBy` — and the other,
   * named too, rejecting it — `rejectedBy` — or telling no acceptance of its own: "the RSF said it
   * had agreed to the truce ... The army rejected the proposal"; not agreed, nothing took effect),
   * `agreed`, `holding`, `violated`, `extended`, `expired` (ran its term: "expired", "lapsed", "ran
   * out"), `collapsed`; `mentioned` when it says none of these. `statusEvidence` holds the
   * sentences behind the status.
   */
  status?: 'mentioned' | 'proposed' | 'rejected' | 'accepted-by-one-side' | 'agreed' | 'holding' | 'violated' | 'extended' | 'expired' | 'collapsed';
  statusEvidence?: Evidence[];
  /** When the truce expired ("expired at midnight on Sunday"), when the text says so. */
  expired?: When;
  /**
   * The end the truce was given when declared or agreed (added field): "until midnight on Sunday",
   * "through Sunday", the end of "from 6 p.m. on Saturday to midnight on Sunday" — to the minute when
   * stated, else the day (a day means through its end). Not that it ended: that is `expired`; not
   * an extension's new end: that is `extensions[].until`.
   */
  until?: When;
}

export type Channel = 'phone-call' | 'visit' | 'meeting' | 'third-location-talks' | 'message' | 'public-post' | 'mediation' | 'negotiation';

export interface MediationContact {
  mediator: { code: string; name?: string };
  party: { code: string; name?: string };
  channel: Channel;
  onBehalfOf?: string;
  when: When;
  eventId?: string;
  evidence: Evidence;
}

export interface Claim {
  claim: string;
  outlet?: string;
  basis?: string;
  named: boolean;
  chain: string[];
  speaker?: string;
  evidence: Evidence;
}

export interface IssueMention {
  id: string;
  label: string;
  category: string;
  /** Named as an underlying issue (in a list of causes) rather than mentioned in passing. */
  underlying: boolean;
  evidence: Evidence;
}

export interface OtherActor {
  code: string;
  name: string;
  why: 'possible-role' | 'stake';
  evidence: Evidence;
}

export interface NotAsserted {
  modality: Modality;
  summary: string;
  cameo: string;
  source: string;
  target: string | null;
  evidence: Evidence;
}

export interface ArticleReport {
  schema: typeof REPORT_SCHEMA;
  doc: { id: string; title?: string; outlet?: string; url?: string; published: string };
  who: ReportActor[];
  roleConflicts: RoleConflict[];
  events: Event[];
  timeline: TimelineEntry[];
  ceasefires: CeasefireReport[];
  mediation: MediationContact[];
  claims: Claim[];
  sourcing: string;
  issues: IssueMention[];
  otherActors: OtherActor[];
  notAsserted: NotAsserted[];
}

export function whenOf(t: EventTime | undefined): When {
  if (!t) return { precision: 'day', inferred: true };
  return {
    ...(t.utc ? { utc: t.utc } : {}), ...(t.date ? { date: t.date } : {}), precision: t.precision,
    ...(t.partOfDay ? { partOfDay: t.partOfDay } : {}), ...(t.text ? { stated: t.text } : {}), inferred: t.inferred,
  };
}

export type { Attribution };
