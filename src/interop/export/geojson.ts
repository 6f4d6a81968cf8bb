/**
 * GeoJSON export: one FeatureCollection, streamed. Only events with coordinates become features
 * (Point, [lon, lat], WGS 84); properties are the flat event fields.
 */
import type { Event } from '../../domain/types.js';
import { chunked } from './chunks.js';
import { flatten } from './flat.js';

async function* pieces(events: AsyncIterable<Event>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const e of events) {
    const w = e.where;
    if (!w || !Number.isFinite(w.lat) || !Number.isFinite(w.lon)) continue;
    const feature = { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [w.lon, w.lat] }, properties: flatten(e) };
    yield (first ? '' : ',\n') + JSON.stringify(feature);
    first = false;
  }
  yield '\n]}\n';
}

export function toGeoJson(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return chunked(pieces(events));
}
