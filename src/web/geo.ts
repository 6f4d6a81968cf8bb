/**
 * Offline world map geometry: equirectangular projection of lon/lat onto an SVG box and GeoJSON
 * polygons to SVG path data. Rings that jump across the antimeridian are broken, not drawn across.
 */

export const MAP_W = 960;
export const MAP_H = 480;

export function project(lon: number, lat: number, w = MAP_W, hgt = MAP_H): [number, number] {
  return [((lon + 180) / 360) * w, ((90 - lat) / 180) * hgt];
}

type Ring = number[][];

export function ringPath(ring: Ring, w = MAP_W, hgt = MAP_H): string {
  let d = '';
  let prevLon: number | null = null;
  for (const pt of ring) {
    const lon = pt[0], lat = pt[1];
    if (lon === undefined || lat === undefined) continue;
    const [x, y] = project(lon, lat, w, hgt);
    const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
    d += `${prevLon === null || jump ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    prevLon = lon;
  }
  return d ? `${d}Z` : '';
}

/** SVG path data of a Polygon or MultiPolygon geometry ('' for anything else). */
export function geometryPath(geom: { type: string; coordinates?: unknown } | null | undefined, w = MAP_W, hgt = MAP_H): string {
  if (!geom) return '';
  if (geom.type === 'Polygon') return (geom.coordinates as Ring[]).map((r) => ringPath(r, w, hgt)).join('');
  if (geom.type === 'MultiPolygon') return (geom.coordinates as Ring[][]).flatMap((p) => p.map((r) => ringPath(r, w, hgt))).join('');
  return '';
}

/** A Point feature's lon/lat, or null. */
export function pointOf(geom: { type: string; coordinates?: unknown } | null | undefined): [number, number] | null {
  if (!geom || geom.type !== 'Point' || !Array.isArray(geom.coordinates)) return null;
  const [lon, lat] = geom.coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}
