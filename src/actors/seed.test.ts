/**
 * End-to-end check of the resolver on the real dictionaries and the seed article in ../shared
 * (read at run time, never copied). Skipped when the article or the people data is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, SHARED_DIR } from '../engine/paths.js';
import { loadActorDictionary } from './dictionary.js';
import { resolve } from './testing.js';

const ARTICLE = join(SHARED_DIR, 'seed', 'ceasefire-article.txt');
const PEOPLE = join(DATA_DIR, 'actors', 'people');

function skipReason(): string | false {
  if (!existsSync(ARTICLE)) return `seed article absent (${ARTICLE})`;
  if (!existsSync(PEOPLE) || readdirSync(PEOPLE).filter((f) => f.endsWith('.json')).length === 0) return 'people data not yet in data/actors/people';
  return false;
}

test('seed article: actors, roles on 2025-05-11 and the Rubio role conflict', { skip: skipReason() }, () => {
  const dict = loadActorDictionary();
  const doc = resolve(readFileSync(ARTICLE, 'utf8'), '2025-05-11', dict);
  const byName = (name: string) => doc.actors.filter((m) => m.name === name && m.how !== 'coreference');
  const people: [string, string, string][] = [
    ['Donald Trump', 'USAGOV', 'President'],
    ['JD Vance', 'USAGOV', 'Vice President'],
    ['Marco Rubio', 'USAGOV', 'Secretary of State'],
    ['Susie Wiles', 'USAGOV', 'White House Chief of Staff'],
    ['Narendra Modi', 'INDGOV', 'Prime Minister'],
    ['Ishaq Dar', 'PAKGOV', 'Deputy Prime Minister'],
    ['Vikram Misri', 'INDGOV', 'Foreign Secretary'],
  ];
  for (const [name, code, role] of people) {
    const ms = byName(name);
    assert.ok(ms.length > 0, `${name} is found`);
    for (const m of ms) {
      assert.equal(m.code, code, `${name} at ${m.start}`);
      assert.equal(m.role, role, `${name} at ${m.start}`);
    }
  }
  const codes = new Set(doc.actors.filter((m) => m.kind === 'country').map((m) => m.code));
  for (const c of ['IND', 'PAK', 'USA', 'CHN', 'SAU', 'ARE']) assert.ok(codes.has(c), `country ${c}`);
  const cnn = doc.actors.find((m) => m.text === 'CNN');
  assert.equal(cnn?.kind, 'media');
  const rubio = doc.roleConflicts.filter((c) => c.actorId === 'marco-rubio');
  assert.ok(rubio.length >= 1, 'Rubio called Senator');
  assert.equal(rubio[0]!.statedInText, 'Senator');
  assert.equal(rubio[0]!.heldOnDate, 'Secretary of State');
  assert.equal(rubio[0]!.date, '2025-05-11');
  assert.equal(doc.roleConflicts.filter((c) => c.actorId !== 'marco-rubio').length, 0, 'no other conflicts');
  assert.deepEqual(doc.countries.slice(0, 3).sort(), ['IND', 'PAK', 'USA']);
  const groups = doc.actors.filter((m) => m.how === 'group-noun');
  assert.ok(groups.length > 0);
  for (const g of groups) assert.deepEqual(g.members, ['IND', 'PAK'], `${g.text} at ${g.start}`);
});
