import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBrinkError } from '../domain/errors.js';
import { buildDictionary, loadActorDictionary } from './dictionary.js';
import { resolve, WORLD_DIR, worldDictionary } from './testing.js';

function envelope(entries: unknown[]): string {
  return JSON.stringify({ version: '2026.11.1', description: 'test', sources: [], entries });
}

test('the fictional world loads, with a combined version', () => {
  const d = worldDictionary();
  assert.match(d.version, /countries@2026\.11\.1/);
  assert.match(d.version, /people\/world@2026\.11\.1/);
  assert.equal(d.countries.get('GON')?.name, 'Gondor');
  assert.equal(d.entries.get('aragorn-elessar')?.kind, 'person');
  assert.equal(d.surnames.get('Eorling')?.length, 2);
  assert.ok(d.titleInfo.get('Senator')?.many);
});

test('a missing directory is NOT_FOUND', () => {
  assert.throws(() => loadActorDictionary(join(WORLD_DIR, 'nope')), (e) => isBrinkError(e) && e.code === 'NOT_FOUND');
});

test('an invalid entry is BAD_DATA_FILE naming the file and the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-actors-'));
  mkdirSync(join(dir, 'people'));
  writeFileSync(join(dir, 'people', 'bad.json'), envelope([
    { id: 'ok', name: 'A B', country: 'GON', roles: [] },
    { id: 'broken', name: 'C D', roles: [{ title: 'King', of: 'GON', code: 'GONGOV', from: '3019-3-25' }] },
  ]));
  assert.throws(() => loadActorDictionary(dir), (e) => {
    if (!isBrinkError(e) || e.code !== 'BAD_DATA_FILE') return false;
    assert.match(e.message, /bad\.json/);
    assert.match(e.message, /entry 1 \(broken\)/);
    assert.match(e.message, /roles\.0\.from/);
    return true;
  });
});

test('a file that is not JSON, or lacks the envelope, is BAD_DATA_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-actors-'));
  writeFileSync(join(dir, 'countries.json'), '{ not json');
  assert.throws(() => loadActorDictionary(dir), (e) => isBrinkError(e) && e.code === 'BAD_DATA_FILE' && /countries\.json/.test(e.message));
  writeFileSync(join(dir, 'countries.json'), JSON.stringify({ entries: [] }));
  assert.throws(() => loadActorDictionary(dir), (e) => isBrinkError(e) && e.code === 'BAD_DATA_FILE' && /version/.test(e.message));
});

test('buildDictionary validates parts given in code', () => {
  const d = buildDictionary({ countries: [{ code: 'ARN', name: 'Arnor' }] });
  assert.equal(d.countries.get('ARN')?.name, 'Arnor');
  assert.throws(() => buildDictionary({ countries: [{ code: 'arnor', name: 'Arnor' }] }), (e) => isBrinkError(e) && e.code === 'BAD_DATA_FILE');
});

test('a surname is also known by the other spellings of it its aliases end in', () => {
  const d = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    titles: [{ title: 'President', sector: 'GOV', aliases: [] }],
    people: [{ id: 'boromir', name: 'Boromir Denethoryan', surname: 'Denethoryan', aliases: ['Boromir Denethorian', 'Boromir Denetoriyan', 'Captain Faramir'], country: 'GON', roles: [{ title: 'President', of: 'GON', code: 'GONGOV', from: '1990-01-01' }] }],
  });
  assert.equal(d.surnames.get('Denethorian')?.[0]?.id, 'boromir');
  assert.equal(d.surnames.get('Denetoriyan')?.[0]?.id, 'boromir');
  assert.equal(d.surnames.get('Faramir'), undefined);
});

test('a surname of several words is read as a name form when one person bears it, before a group named by its last word', () => {
  const parts = {
    countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    groups: [{ id: 'warg', code: 'MORUAF', name: 'Warg Company', aliases: ['Warg'] }],
    titles: [{ title: 'Foreign Minister', sector: 'GOV', aliases: [] }],
    people: [
      { id: 'ioreth', name: 'Ioreth Alda Warg', surname: 'Alda Warg', aliases: [], country: 'GON', roles: [{ title: 'Foreign Minister', of: 'GON', code: 'GONGOV', from: '1990-01-01' }] },
      { id: 'h1', name: 'Hirgon son Hador', surname: 'son Hador', aliases: [], country: 'GON', roles: [] },
    ],
  };
  const d = buildDictionary(parts);
  const doc = resolve('Ioreth Alda Warg arrived. Alda Warg said the deal would hold.', '2001-03-04', d);
  assert.deepEqual(doc.actors.map((m) => `${m.text}:${m.code}`), ['Ioreth Alda Warg:GONGOV', 'Alda Warg:GONGOV']);
  // (a lower-case patronymic stays a surname only)
  assert.equal(resolve('Prince Hirgon son Hador arrived.', '2001-03-04', d).actors.some((m) => m.text === 'son Hador' && m.how === 'alias'), false);
});
