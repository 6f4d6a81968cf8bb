import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minhashBands, similarityFromBands, NEAR_DUPLICATE_MIN_BANDS } from './minhash.js';

// A fictional wire story, a lightly edited reprint, and another outlet's story on the same event.
const wire = `MINAS TIRITH, March 3 — Gondor and Rohan agreed on Tuesday to a ceasefire along the Entwash after three days of skirmishes, the steward's office said.
The truce takes effect at dawn on Wednesday. Envoys of the Council of the West, who mediated the talks at Edoras, said both sides had agreed to withdraw cavalry from the river fords and to exchange prisoners within a week.
Riders from Rohan had raided two Gondorian outposts on Saturday, and Gondor's garrison at Cair Andros shelled Rohirrim camps on Sunday, officials on both sides said. At least fourteen people were killed.
The council said monitors would be posted at the fords. A spokesman for Rohan's king said the agreement was fragile but that his people wanted peace.`;

const reprint = `Gondor, Rohan agree truce on the Entwash
MINAS TIRITH, March 3 — Gondor and Rohan agreed on Tuesday to a ceasefire along the Entwash after three days of skirmishes, the steward's office said.
The truce takes effect at dawn on Wednesday. Envoys of the Council of the West, who mediated the talks at Edoras, said both sides had agreed to pull back cavalry from the river fords and to exchange prisoners within a week.
Riders from Rohan had raided two Gondorian outposts on Saturday, and Gondor's garrison at Cair Andros shelled Rohirrim camps on Sunday, officials on both sides said. At least 14 people were killed.
The council said monitors would be posted at the fords. A spokesman for Rohan's king said the agreement was fragile but that his people wanted peace. Trade across the river is expected to resume next month.
(Reporting by the Herald's correspondent in Edoras)`;

const other = `EDORAS — Rohan's king ordered his riders back from the Entwash fords on Wednesday morning as a truce with Gondor began, residents of the river villages said.
Villagers who had fled the fighting last week began returning, though many found their barns burned. "We will believe in peace when the soldiers leave," one farmer said.
The agreement, reached with help from the Council of the West, followed clashes in which more than a dozen people died. Gondor's steward has promised compensation for damaged farms.`;

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

test('a lightly edited reprint shares enough bands to be linked as a near-duplicate', () => {
  const n = shared(minhashBands(wire), minhashBands(reprint));
  assert.ok(n >= NEAR_DUPLICATE_MIN_BANDS, `shared ${n} bands`);
  assert.ok(similarityFromBands(n) > 0.6);
});

test('a different story about the same event shares no band', () => {
  assert.ok(shared(minhashBands(wire), minhashBands(other)) < NEAR_DUPLICATE_MIN_BANDS);
});

test('band keys are deterministic and 32 per text; empty text has none', () => {
  assert.deepEqual(minhashBands(wire), minhashBands(wire));
  assert.equal(minhashBands(wire).length, 32);
  assert.deepEqual(minhashBands(''), []);
});
