/** ACLED event_type / sub_event_type → CAMEO, from data/interop/acled-cameo.json. */
import { loadTable } from './data.js';

export interface AcledMapping {
  eventType: string;
  subEventType: string;
  cameo: string;
  fatalCameo?: string;
  reason: string;
}

let index: Map<string, AcledMapping> | null = null;

const key = (t: string, s: string): string => `${t.trim().toLowerCase()}|${s.trim().toLowerCase()}`;

export function acledMappings(): AcledMapping[] {
  return loadTable<AcledMapping>('acled-cameo.json').entries;
}

/** The CAMEO code for an ACLED event, or null when the event type is unknown. */
export function acledCameo(eventType: string, subEventType: string, fatalities = 0): string | null {
  if (!index) {
    index = new Map();
    for (const m of acledMappings()) index.set(key(m.eventType, m.subEventType), m);
  }
  const m = index.get(key(eventType, subEventType)) ?? index.get(key(eventType, '*'));
  if (!m) return null;
  return fatalities > 0 && m.fatalCameo ? m.fatalCameo : m.cameo;
}
