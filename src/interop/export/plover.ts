/**
 * PLOVER JSON: a JSON array of event records in the shape of PLOVER's event-data format (event
 * type/mode/context, actor and recipient with country and sector, date, location, source text and
 * URL), plus the CAMEO code and Brink's coder provenance. Field mapping in docs/interop.md.
 */
import type { Event, EventActor } from '../../domain/types.js';
import { writeChunks } from './chunks.js';
import { type DocInfo, type DocLookup, sourceUrl } from './docinfo.js';
import { eventDate, sectorOf } from './flat.js';

export interface PloverParty {
  name: string | null;
  code: string;
  country: string | null;
  sector: string | null;
}

function party(a: EventActor | null): PloverParty | null {
  if (!a) return null;
  return {
    name: a.name ?? null,
    code: a.code,
    country: a.country || null,
    sector: sectorOf(a.code, a.country) || null,
  };
}

export function ploverRecord(e: Event, doc: DocInfo | null = null): Record<string, unknown> {
  const w = e.where;
  return {
    id: e.id,
    date: eventDate(e),
    date_precision: e.when.precision,
    event: e.plover,
    mode: e.ploverMode ?? null,
    context: e.ploverContext ? e.ploverContext.split(';').filter(Boolean) : [],
    quad_class: e.quad,
    intensity: e.goldstein,
    cameo: e.cameo,
    actor: party(e.source),
    recipient: party(e.target),
    location: w
      ? { placename: w.name, country: w.country || null, lat: w.lat, lon: w.lon, geo_id: w.placeId }
      : null,
    modality: e.modality,
    source: {
      doc_id: e.docId,
      outlet: e.attribution?.outlet ?? doc?.outlet ?? null,
      url: sourceUrl(e.evidence, doc) || null,
      published: doc?.published ?? null,
      sentence: e.sentence,
      text: e.evidence,
      speaker: e.attribution?.speaker?.name ?? null,
      attribution_named: e.attribution?.named ?? null,
    },
    coder: { system: 'Brink', rule: e.rule, confidence: e.confidence, version: e.version ?? null },
  };
}

export function toPlover(
  events: AsyncIterable<Event>,
  opts: { docs?: DocLookup } = {},
): AsyncGenerator<string> {
  const docs = opts.docs;
  return writeChunks(
    events,
    async (e) => JSON.stringify(ploverRecord(e, docs ? await docs(e.docId) : null)),
    {
      head: '[\n',
      between: ',\n',
      tail: '\n]\n',
    },
  );
}
