/** Generators of synthetic GDELT/ACLED rows and Brink events for the interop tests and bench. */
import type { Event } from '../domain/types.js';
import { G, GDELT_COLUMNS } from './gdelt-columns.js';

/** A valid 61-column GDELT line; `set` overrides columns by name. */
export function gdeltLine(set: Record<string, string> = {}): string {
  const cols = GDELT_COLUMNS.map(() => '');
  const base: Record<string, string> = {
    GLOBALEVENTID: '1000001',
    SQLDATE: '20250507',
    MonthYear: '202505',
    Year: '2025',
    FractionDate: '2025.3452',
    Actor1Code: 'INDMIL',
    Actor1Name: 'INDIA',
    Actor1CountryCode: 'IND',
    Actor1Type1Code: 'MIL',
    Actor2Code: 'PAK',
    Actor2Name: 'PAKISTAN',
    Actor2CountryCode: 'PAK',
    IsRootEvent: '1',
    EventCode: '0231',
    EventBaseCode: '023',
    EventRootCode: '02',
    QuadClass: '1',
    GoldsteinScale: '3.4',
    NumMentions: '10',
    NumSources: '2',
    NumArticles: '10',
    AvgTone: '-4.5',
    ActionGeo_Type: '4',
    ActionGeo_FullName: 'Muzaffarabad, Azad Kashmir, Pakistan',
    ActionGeo_CountryCode: 'PK',
    ActionGeo_ADM1Code: 'PK06',
    ActionGeo_Lat: '34.37',
    ActionGeo_Long: '73.47',
    ActionGeo_FeatureID: '-2768565',
    DATEADDED: '20250507120000',
    SOURCEURL: 'https://www.example.com/news/1',
  };
  for (const [k, v] of Object.entries({ ...base, ...set })) {
    const i = G[k];
    if (i !== undefined) cols[i] = v;
  }
  return cols.join('\t');
}

export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A valid ACLED CSV record (as one CSV line, possibly spanning lines when a cell has a newline). */
export function acledRow(set: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    event_id_cnty: 'IND1001',
    event_date: '2025-05-07',
    year: '2025',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Pakistan (2024-)',
    inter1: 'State forces',
    actor2: 'Civilians (India)',
    inter2: 'Civilians',
    interaction: 'State forces-Civilians',
    civilian_targeting: 'Civilian targeting',
    iso: '356',
    region: 'South Asia',
    country: 'India',
    admin1: 'Jammu and Kashmir',
    admin2: 'Poonch',
    admin3: '',
    location: 'Poonch',
    latitude: '33.7700',
    longitude: '74.0900',
    geo_precision: '1',
    source: 'Newspaper A; Newspaper B',
    source_scale: 'National',
    notes: 'On 7 May 2025, shelling hit a village, killing 3.',
    fatalities: '3',
    tags: '',
    timestamp: '1747000000',
  };
  const rec = { ...base, ...set };
  return ACLED_HEADER.map((h) => csvCell(rec[h] ?? '')).join(',');
}

/** A synthetic Brink event, varied by index. */
export function syntheticEvent(i: number): Event {
  const countries = ['IND', 'PAK', 'USA', 'CHN', 'RUS', 'UKR', 'ISR', 'IRN'];
  const a = countries[i % countries.length] ?? 'IND';
  const b = countries[(i + 3) % countries.length] ?? 'PAK';
  const day = String((i % 28) + 1).padStart(2, '0');
  const e: Event = {
    id: `ev-${i}`,
    docId: `doc-${Math.floor(i / 5)}`,
    sentence: i % 7,
    span: [i % 100, (i % 100) + 40],
    evidence:
      i % 11 === 0 ? `He said, "we will respond",\nand left; ${a} → ${b}` : `${a} shelled ${b} positions`,
    source: { code: `${a}MIL`, country: a, name: `${a} army` },
    target: i % 13 === 0 ? null : { code: `${b}GOV`, country: b },
    cameo: i % 2 ? '194' : '0231',
    plover: i % 2 ? 'ASSAULT' : 'REQUEST',
    quad: i % 2 ? 4 : 1,
    goldstein: i % 2 ? -10 : 3.4,
    when: { date: `2025-05-${day}`, precision: 'day', inferred: false },
    modality: 'asserted',
    attribution: { named: true, chain: ['Outlet'], outlet: 'Outlet' },
    rule: 'test.rule',
    confidence: 0.9,
  };
  if (i % 2) e.ploverMode = 'heavy-weapons';
  if (i % 3 !== 0)
    e.where = {
      placeId: `p${i % 50}`,
      name: `Place ${i % 50}`,
      country: a,
      lat: 30 + (i % 10) / 10,
      lon: 70 + (i % 10) / 10,
    };
  return e;
}

export async function* syntheticEvents(n: number, onYield?: (i: number) => void): AsyncGenerator<Event> {
  for (let i = 0; i < n; i++) {
    onYield?.(i);
    yield syntheticEvent(i);
  }
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
