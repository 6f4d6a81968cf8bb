/**
 * GeoJSON export: one FeatureCollection, streamed. Only events with coordinates become features
 * (Point, [lon, lat], WGS 84); properties are the flat event fields.
 */
import type { Event } from '../../domain/types.js';
import { writeChunks } from './chunks.js';
import { flatten } from './flat.js';

export function feature(e: Event): string | null {
  const w = e.where;
  if (!w || !Number.isFinite(w.lat) || !Number.isFinite(w.lon)) return null;
  return JSON.stringify({
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [w.lon, w.lat] },
    properties: flatten(e),
  });
}

export function toGeoJson(events: AsyncIterable<Event>): AsyncGenerator<string> {
  return writeChunks(events, feature, {
    head: '{"type":"FeatureCollection","features":[\n',
    between: ',\n',
    tail: '\n]}\n',
  });
}
