/** Event <-> events row. */
import type { Selectable } from 'kysely';
import type {
  Attribution,
  Event,
  EventActor,
  EventTime,
  Modality,
  PartOfDay,
  Precision,
  QuadClass,
} from '../../domain/types.js';
import type { EventsTable } from '../schema.js';
import { fromJson, opt, toJson } from '../util.js';

type Row = Selectable<EventsTable>;

export function eventToRow(e: Event, docId: string, version: string): Row {
  const t = e.target;
  return {
    id: e.id,
    doc_id: docId,
    sentence: e.sentence,
    span_start: e.span[0],
    span_end: e.span[1],
    evidence: e.evidence,
    source_code: e.source.code,
    source_country: e.source.country,
    source_actor_id: e.source.actorId ?? null,
    source_name: e.source.name ?? null,
    source_role: e.source.role ?? null,
    target_code: t?.code ?? null,
    target_country: t?.country ?? null,
    target_actor_id: t?.actorId ?? null,
    target_name: t?.name ?? null,
    target_role: t?.role ?? null,
    cameo: e.cameo,
    root: e.cameo.slice(0, 2),
    plover: e.plover,
    plover_mode: e.ploverMode ?? null,
    plover_context: e.ploverContext ?? null,
    quad: e.quad,
    goldstein: e.goldstein,
    event_date: e.when.date ?? e.when.utc?.slice(0, 10) ?? null,
    date_derived: e.when.date === undefined && e.when.utc !== undefined ? 1 : 0,
    event_utc: e.when.utc ?? null,
    precision: e.when.precision,
    part_of_day: e.when.partOfDay ?? null,
    time_text: e.when.text ?? null,
    time_inferred: e.when.inferred ? 1 : 0,
    place_id: e.where?.placeId ?? null,
    place_name: e.where?.name ?? null,
    place_country: e.where?.country ?? null,
    lat: e.where?.lat ?? null,
    lon: e.where?.lon ?? null,
    modality: e.modality,
    attribution: e.attribution ? toJson(e.attribution) : null,
    rule: e.rule,
    confidence: e.confidence,
    version: e.version ?? version,
    cluster_id: null,
  };
}

function actor(
  code: string,
  country: string,
  id: string | null,
  name: string | null,
  role: string | null,
): EventActor {
  const a: EventActor = { code, country };
  opt(a, 'name', name);
  opt(a, 'role', role);
  opt(a, 'actorId', id);
  return a;
}

export function eventFromRow(r: Row): Event {
  const when: EventTime = { precision: r.precision as Precision, inferred: r.time_inferred === 1 };
  opt(when, 'utc', r.event_utc);
  // event_date is also derived from utc on write; only restore it when it was stated as a date.
  if (r.date_derived === 0) opt(when, 'date', r.event_date);
  opt(when, 'partOfDay', r.part_of_day as PartOfDay | null);
  opt(when, 'text', r.time_text);
  const e: Event = {
    id: r.id,
    docId: r.doc_id,
    sentence: r.sentence,
    span: [r.span_start, r.span_end],
    evidence: r.evidence,
    source: actor(r.source_code, r.source_country, r.source_actor_id, r.source_name, r.source_role),
    target:
      r.target_code !== null
        ? actor(r.target_code, r.target_country ?? '', r.target_actor_id, r.target_name, r.target_role)
        : null,
    cameo: r.cameo,
    plover: r.plover,
    quad: r.quad as QuadClass,
    goldstein: r.goldstein,
    when,
    modality: r.modality as Modality,
    rule: r.rule,
    confidence: r.confidence,
  };
  opt(e, 'ploverMode', r.plover_mode);
  opt(e, 'ploverContext', r.plover_context);
  if (r.place_id !== null) {
    e.where = {
      placeId: r.place_id,
      name: r.place_name ?? '',
      country: r.place_country ?? '',
      lat: r.lat ?? 0,
      lon: r.lon ?? 0,
    };
  }
  opt(e, 'attribution', fromJson<Attribution>(r.attribution));
  opt(e, 'version', r.version);
  return e;
}
