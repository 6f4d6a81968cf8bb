import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isNearDuplicate, NEAR_DUPLICATE_BITS } from './dedup.js';
import { hamming, simhash } from './simhash.js';

// An invented wire story and its variants (written for this test).
const STORY = [
  'The foreign ministers of Arandia and Belmora met in Geneva on Monday for the first direct talks since',
  'border clashes in March killed at least 40 soldiers, officials from both governments said.',
  'The two-hour meeting, hosted by the Swiss government, ended with an agreement to reopen two crossing',
  'points and to restore a military hotline that was cut in the spring, according to a joint statement.',
  'Arandian Foreign Minister Lena Varo told reporters that the talks had been frank and that both sides',
  'wanted to avoid another round of fighting along the disputed river valley. Her Belmoran counterpart,',
  'Tomas Reyk, said his government would withdraw heavy artillery from three forward positions within',
  'ten days if the ceasefire held. Diplomats said a second round of talks was expected in April, possibly',
  'in Vienna, and that the United Nations had offered to send observers to monitor the withdrawal.',
  'Villagers on both sides of the frontier have fled repeated shelling since January, and aid agencies',
  'estimate that more than 30,000 people remain displaced. Trade across the border, worth about two',
  'billion dollars a year before the crisis, has almost stopped, and both economies have suffered.',
  'In Arandia, opposition leaders criticised the government for agreeing to talks without first securing',
  'the release of six soldiers captured in March, and called for a parliamentary debate on the deal.',
  'Belmoran state television showed footage of the delegation arriving at the lakeside venue under heavy',
  'security, but made no mention of the prisoners. A spokesman for the Belmoran defence ministry said',
  'the army would respect the truce but would respond to any provocation. The European Union welcomed',
  'the outcome and said it stood ready to support reconstruction in the border districts, where schools,',
  'clinics and irrigation canals were damaged. Oil prices were little changed after the announcement.',
  'The dispute over the river valley dates back to the end of colonial rule, when the border was drawn',
  'along a channel that has since shifted several kilometres to the east, leaving farming villages on',
  'the wrong side of a line that neither government has ever formally accepted.',
].join(' ');

// Changed headline (the title is not part of the hashed text), a few words changed, a sentence
// added, different boilerplate.
const EDITED = [
  STORY.replace('met in Geneva on Monday', 'met in Geneva on Monday,')
    .replace('at least 40 soldiers', 'at least 41 soldiers')
    .replace('frank and that', 'frank, and that')
    .replace('has almost stopped', 'has nearly stopped'),
  'The meeting was the highest-level contact between the neighbours in two years.',
  'Copyright 2026 Example Wire. All rights reserved. This material may not be redistributed.',
].join('\n');

const ORIGINAL = [STORY, '(Reporting by A. Writer; Editing by B. Editor)'].join('\n');

const OTHER_SAME_EVENT = [
  'Arandia and Belmora agreed on Monday to restore a military hotline and reopen crossings on their',
  'disputed frontier, in the first sign of a thaw since deadly fighting in March. Speaking after the',
  'Geneva meeting, Belmora\'s foreign minister Tomas Reyk promised to pull back artillery from forward',
  'positions if the truce holds, while Arandia\'s Lena Varo called the discussions frank. Analysts',
  'cautioned that nationalist pressure in both capitals could derail the process before an expected',
  'second round in Vienna. The United Nations has offered monitors. Tens of thousands of villagers',
  'displaced by shelling since January are still waiting to go home, aid groups say, and cross-border',
  'trade has collapsed.',
].join(' ');

describe('simhash', () => {
  test('is 16 hex digits and stable', () => {
    assert.match(simhash(STORY), /^[0-9a-f]{16}$/);
    assert.equal(simhash(STORY), simhash(STORY));
    assert.equal(hamming(simhash(STORY), simhash(STORY)), 0);
  });
  test('ignores case and whitespace differences', () => {
    assert.equal(simhash(STORY), simhash(STORY.toUpperCase().replace(/ /g, '\n  ')));
  });
  test('hamming counts differing bits', () => {
    assert.equal(hamming('0000000000000000', 'ffffffffffffffff'), 64);
    assert.equal(hamming('0000000000000001', '0000000000000003'), 1);
  });
});

describe('isNearDuplicate', () => {
  test(`a lightly edited wire story is within ${NEAR_DUPLICATE_BITS} bits`, (t) => {
    const d = hamming(simhash(ORIGINAL), simhash(EDITED));
    assert.ok(d <= NEAR_DUPLICATE_BITS, `distance ${d}`);
    t.diagnostic(`edited: ${d} bits`);
    assert.ok(isNearDuplicate(ORIGINAL, EDITED));
  });
  test('a different story about the same event is not', (t) => {
    const d = hamming(simhash(STORY), simhash(OTHER_SAME_EVENT));
    assert.ok(d >= 20, `distance ${d}`);
    t.diagnostic(`same event, other story: ${d} bits`);
    assert.equal(isNearDuplicate(STORY, OTHER_SAME_EVENT), false);
  });
  test('the classic 3-bit threshold still holds for trivial edits (punctuation, case, boilerplate)', () => {
    const trivial = STORY.replace('frank and that', 'frank, and that').toUpperCase() + '\nAll rights reserved.';
    assert.ok(isNearDuplicate(STORY, trivial, 3));
  });
  test('accepts precomputed hashes', () => {
    assert.ok(isNearDuplicate(simhash(STORY), simhash(STORY)));
  });
});
