import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from '../domain/ontology.js';
import { loadTable } from './data.js';
import { acledMappings } from './acled-table.js';
import { fipsToIso3, numericToIso3 } from './codes.js';

test('every ACLED mapping names a CAMEO code of the ontology, with a reason', () => {
  for (const m of acledMappings()) {
    for (const c of [m.cameo, m.fatalCameo].filter((x): x is string => Boolean(x))) {
      assert.ok(lookup(c), `${m.eventType}/${m.subEventType}: ${c} is not in the ontology`);
    }
    assert.ok(m.reason.length > 10, `${m.eventType}/${m.subEventType} needs a reason`);
  }
});

test('country tables are envelopes of unique, well-formed codes', () => {
  for (const [name, key] of [
    ['fips-iso3.json', 'fips'],
    ['iso-numeric.json', 'numeric'],
  ] as const) {
    const t = loadTable<Record<string, string | number>>(name);
    assert.match(t.version, /^\d{4}\.\d{2}\.\d+$/);
    const keys = t.entries.map((e) => String(e[key]));
    assert.equal(new Set(keys).size, keys.length, `${name} has duplicate keys`);
    for (const e of t.entries) assert.match(String(e.iso3), /^[A-Z]{3}$/);
  }
  assert.equal(fipsToIso3('UK'), 'GBR');
  assert.equal(fipsToIso3('GM'), 'DEU');
  assert.equal(fipsToIso3('ZZ'), '');
  assert.equal(numericToIso3('356'), 'IND');
  assert.equal(numericToIso3('076'), 'BRA');
});
