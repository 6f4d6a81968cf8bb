import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildPipeline } from './pipeline.js';
import { tokenizer } from './tokenizer.js';
import { gazetteer, loadGazetteer, placeFinder, type GazetteerEntry } from './places.js';
import { BrinkError } from '../domain/errors.js';
import { DATA_DIR } from '../engine/paths.js';

const fixture: GazetteerEntry[] = [
  { id: 'kashmir', name: 'Kashmir', aliases: ['Jammu and Kashmir'], kind: 'disputed', country: 'IND', lat: 34, lon: 76, claimedBy: ['PAK'] },
  { id: 'pak-kashmir', name: 'Pakistan-administered Kashmir', aliases: ['Azad Kashmir'], kind: 'disputed', country: 'PAK', lat: 34, lon: 73.5, claimedBy: ['IND'] },
  { id: 'loc', name: 'Line of Control', aliases: ['LoC'], kind: 'site', country: 'IND', lat: 34, lon: 74, claimedBy: ['PAK'] },
  { id: 'gaza', name: 'Gaza', kind: 'city', country: 'PSE', lat: 31.5, lon: 34.47 },
  { id: 'gaza-strip', name: 'Gaza Strip', kind: 'region', country: 'PSE', lat: 31.4, lon: 34.4 },
  { id: 'pakistan', name: 'Pakistan', kind: 'country', country: 'PAK', lat: 30, lon: 70 },
  { id: 'new-delhi', name: 'New Delhi', aliases: ['Delhi'], kind: 'capital', country: 'IND', lat: 28.6, lon: 77.2 },
  { id: 'jordan', name: 'Jordan', kind: 'country', country: 'JOR', lat: 31, lon: 36 },
];

function places(text: string, entries = fixture) {
  return buildPipeline([tokenizer(), placeFinder(gazetteer(entries))])({ text, published: '2025-05-11' }).places;
}

describe('placeFinder', () => {
  test('longest multi-word match with exact offsets', () => {
    const text = 'Firing along the Line of Control in Pakistan-administered Kashmir and Jammu and Kashmir; Gaza Strip and Gaza.';
    const got = places(text).map((p) => [p.text, p.place.id, text.slice(p.start, p.end)]);
    assert.deepEqual(got, [
      ['Line of Control', 'loc', 'Line of Control'],
      ['Pakistan-administered Kashmir', 'pak-kashmir', 'Pakistan-administered Kashmir'],
      ['Jammu and Kashmir', 'kashmir', 'Jammu and Kashmir'],
      ['Gaza Strip', 'gaza-strip', 'Gaza Strip'],
      ['Gaza', 'gaza', 'Gaza'],
    ]);
  });

  test('case-sensitive, token boundaries, possessives, aliases', () => {
    assert.deepEqual(places('the line of control and gazan towns').map((p) => p.text), []);
    assert.deepEqual(places("Pakistan's army crossed the LoC near Delhi.").map((p) => p.place.id), ['pakistan', 'loc', 'new-delhi']);
    assert.deepEqual(places('Pakistani officials and Pakistanis').map((p) => p.text), []);
    const p = places('New Delhi said')[0]!;
    assert.deepEqual([p.place.kind, p.place.country, p.place.lat], ['capital', 'IND', 28.6]);
  });

  test('matches do not cross sentences', () => {
    assert.deepEqual(places('They left Gaza.\n\nStrip searches began.').map((p) => p.place.id), ['gaza']);
  });

  test('loadGazetteer reads the envelope and rejects bad files with catalogue codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brink-gaz-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ version: '2026.11.1', description: 't', sources: [], entries: fixture }));
    assert.equal(loadGazetteer(good).places.length, fixture.length);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: '2026.11.1', entries: [{ id: 'x', name: 'X' }] }));
    assert.throws(() => loadGazetteer(bad), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_DATA_FILE');
    assert.throws(() => loadGazetteer(join(dir, 'none.json')), (e: unknown) => e instanceof BrinkError && e.code === 'NOT_FOUND');
  });

  test('a name shared by towns of two countries takes the one the text supports', () => {
    const shared: GazetteerEntry[] = [
      { id: 'norland', name: 'Norland', adjectives: ['Norlandic'], kind: 'country', country: 'NRL', lat: 60, lon: 10 },
      { id: 'sudmark', name: 'Sudmark', adjectives: ['Sudmarkish'], kind: 'country', country: 'SDM', lat: 40, lon: 10 },
      { id: 'port-vel', name: 'Port Vel', kind: 'capital', country: 'NRL', lat: 60.1, lon: 10.1 },
      { id: 'port-vel-sdm', name: 'Port Vel', aliases: ['Port Vel, Sudmark'], kind: 'city', country: 'SDM', lat: 40.1, lon: 10.1 },
      { id: 'kessa', name: 'Kessa', kind: 'city', country: 'SDM', lat: 40.2, lon: 10.2 },
    ];
    const country = (text: string) => places(text, shared).find((p) => p.text === 'Port Vel')?.place.country;
    assert.equal(country('Shells hit Port Vel, the north Sudmarkish port.'), 'SDM', 'an adjective');
    assert.equal(country('Militias in Port Vel and Kessa clashed.'), 'SDM', 'another town');
    assert.equal(country('Talks were held in Port Vel.'), 'NRL', 'no cue: the first entry');
    assert.equal(country('Norlandic and Sudmarkish envoys met in Port Vel.'), 'NRL', 'a tie keeps the first entry');
  });

  const real = resolve(DATA_DIR, 'places', 'places.json');
  test('the project gazetteer loads and finds its own names', { skip: existsSync(real) ? false : 'data/places/places.json not written yet' }, () => {
    const gaz = loadGazetteer(real);
    assert.ok(gaz.places.length > 0);
    const sample = gaz.places.slice(0, 50);
    const text = sample.map((p) => `They met in ${p.name} today.`).join(' ');
    const found = new Set(buildPipeline([tokenizer(), placeFinder(gaz)])({ text, published: '2025-05-11' }).places.map((m) => m.text));
    for (const p of sample) assert.ok(found.has(p.name) || [...found].some((f) => f.includes(p.name)), `found ${p.name}`);
  });
  test('the project gazetteer: provinces and district towns of conflict news, "X province" forms', { skip: existsSync(real) ? false : 'no gazetteer' }, () => {
    const gaz = loadGazetteer(real);
    const text = 'Clashes in Paktika province and Kunar spread to Barmal, Angoor Adda and Asadabad. Strikes hit Kandahar province, ' +
      'Kandahar, Pokrovsk, Kostiantynivka, Zaporizhzhia region and the Odesa region. RSF fighters entered West Darfur and El Fasher.';
    const got = buildPipeline([tokenizer(), placeFinder(gaz)])({ text, published: '2025-05-11' }).places.map((m) => [m.text, m.place.id]);
    assert.deepEqual(got, [
      ['Paktika', 'paktika'], ['Kunar', 'kunar'], ['Barmal', 'barmal'], ['Angoor Adda', 'angoor-adda'], ['Asadabad', 'asadabad'],
      ['Kandahar province', 'kandahar-province'], ['Kandahar', 'kandahar'], ['Pokrovsk', 'pokrovsk'], ['Kostiantynivka', 'kostiantynivka'],
      ['Zaporizhzhia region', 'zaporizhzhia-oblast'], ['Odesa region', 'odesa-oblast'], ['West Darfur', 'west-darfur'], ['El Fasher', 'el-fasher'],
    ]);
  });
});

describe('wire datelines', () => {
  test('"NEW DELHI, May 7 —" and "GAZA/NEW DELHI (Wire) -": the places in capitals, marked as the dateline', () => {
    const a = places('India strikes back\n\nNEW DELHI, May 7 — India said it struck camps in Pakistan.');
    const d = a.find((p) => p.dateline);
    assert.equal(d?.place.id, 'new-delhi');
    assert.equal(d?.text, 'NEW DELHI');
    const b = places('GAZA/NEW DELHI (Wire) - Talks went on.').filter((p) => p.dateline).map((p) => p.place.id);
    assert.deepEqual(b, ['gaza', 'new-delhi']);
  });
  test('capitals in running text or with no date after them are no dateline', () => {
    assert.equal(places('GAZA IS CALM, officials said.').some((p) => p.dateline), false);
    assert.equal(places('The talks in NEW DELHI ended.').some((p) => p.dateline), false);
  });
});

describe('datelines with hyphened capitals', () => {
  test('"PORT-AU-PRINCE, March 31 (Wire) -" is a dateline of Haiti', async () => {
    const { createAnnotator } = await import('../engine/annotate.js');
    const doc = createAnnotator()({ text: 'PORT-AU-PRINCE, March 31 (Wire) - Gunmen attacked a town overnight, police said.', published: '2031-03-31' });
    const d = doc.places.find((p) => p.dateline);
    assert.equal(d?.place.country, 'HTI');
    assert.equal(doc.countries[0], 'HTI');
  });
});

describe('datelines with accented capitals', () => {
  test('"BOGOTÁ, Nov 12 (Wire) -" and "SÃO PAULO, Nov 12 -" are datelines of their states', async () => {
    const { createAnnotator } = await import('../engine/annotate.js');
    const ann = createAnnotator();
    assert.equal(ann({ text: 'BOGOTÁ, Nov 12 (Wire) - Police detained dozens of protesters.', published: '2025-11-12' }).places.find((p) => p.dateline)?.place.country, 'COL');
    assert.equal(ann({ text: 'SÃO PAULO, Nov 12 - Police detained dozens of protesters.', published: '2025-11-12' }).places.find((p) => p.dateline)?.place.country, 'BRA');
  });
});

describe('placeFinder: a name opened by "the"', () => {
  test('yields to a longer name starting at its next word ("the Gulf of Oman", not "the Gulf" and "Oman")', () => {
    const entries: GazetteerEntry[] = [
      { id: 'gulf', name: 'Persian Gulf', aliases: ['the Gulf'], kind: 'water', country: 'IRN', lat: 27, lon: 51 },
      { id: 'gulf-of-oman', name: 'Gulf of Oman', kind: 'water', country: 'OMN', lat: 24.5, lon: 58.5 },
      { id: 'oman', name: 'Oman', kind: 'country', country: 'OMN', lat: 21, lon: 57 },
    ];
    assert.deepEqual(places('Iran seized a tanker in the Gulf of Oman and another in the Gulf.', entries).map((p) => p.place.id), ['gulf-of-oman', 'gulf']);
  });
});
