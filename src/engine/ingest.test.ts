import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { ingest, type ItemReport } from './ingest.js';

const story = (extra: string, n: string) => `MINAS TIRITH, March 3 — Gondor and Rohan agreed on Tuesday to a ceasefire along the Entwash after three days of skirmishes, the steward's office said.
The truce takes effect at dawn on Wednesday. Envoys of the Council of the West, who mediated the talks at Edoras, said both sides had agreed to withdraw cavalry from the river fords and to exchange prisoners within a week.
Riders from Rohan had raided two Gondorian outposts on Saturday, and Gondor's garrison at Cair Andros shelled Rohirrim camps on Sunday, officials on both sides said. At least ${n} people were killed.
The council said monitors would be posted at the fords. ${extra}`;

test('the same file twice is a duplicate; a light edit is a near-duplicate linked to the original; a bad file fails alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-ingest-'));
  writeFileSync(join(dir, 'a-wire.txt'), story('A spokesman said the agreement was fragile.', 'fourteen'));
  writeFileSync(join(dir, 'b-copy.txt'), story('A spokesman said the agreement was fragile.', 'fourteen'));
  writeFileSync(join(dir, 'c-edit.txt'), story('A spokesman said the deal was fragile but welcome. Trade is expected to resume next month.', '14'));
  writeFileSync(join(dir, 'd-empty.txt'), '');
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'store.sqlite') });
  try {
    const items: ItemReport[] = [];
    const gen = ingest(store, [join(dir, 'a-wire.txt'), join(dir, 'b-copy.txt'), join(dir, 'c-edit.txt'), join(dir, 'd-empty.txt')], { published: '2024-03-04' });
    let r = await gen.next();
    for (; !r.done; r = await gen.next()) items.push(r.value);
    assert.deepEqual(items.map((i) => i.status), ['ok', 'duplicate', 'near-duplicate', 'failed']);
    assert.equal(items[2]?.nearOf, items[0]?.docId);
    assert.equal(items[3]?.error?.code, 'EMPTY_INPUT');
    assert.deepEqual(r.value, { runId: r.value.runId, ok: 1, duplicate: 1, nearDuplicate: 1, failed: 1, total: 4 });
    assert.equal(await store.documents.count(), 2);
    const edited = await store.documents.get(items[2]!.docId!);
    assert.equal(edited?.nearDuplicateOf, items[0]?.docId);
    const run = await store.runs.get(r.value.runId);
    assert.equal(run?.items.length, 4);
  } finally {
    await store.close();
  }
});
