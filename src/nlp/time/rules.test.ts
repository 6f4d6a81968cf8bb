import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partOfDayIn, qualifierBefore, roleBefore } from './rules.js';

test('roleBefore: the words just before an expression, whatever precedes them', () => {
  assert.equal(roleBefore('The new tariff on Veldran grain is effective from '), 'effective');
  assert.equal(roleBefore('the curfew, in place as of '), 'effective');
  assert.equal(roleBefore('the order takes effect at '), 'effective');
  assert.equal(roleBefore('the new rates apply as of at '), 'effective');
  assert.equal(roleBefore('talks will run until '), 'until');
  assert.equal(roleBefore('no rain has fallen since '), 'since');
  assert.equal(roleBefore('an ultimatum expiring on '), 'deadline');
  assert.equal(roleBefore('troops must leave no later than '), 'deadline');
  assert.equal(roleBefore('the ministers met on '), undefined);
  assert.equal(roleBefore('a meeting at '), undefined);
  assert.equal(roleBefore('the ineffective on '), undefined);
  assert.equal(roleBefore('said on Friday,'), undefined);
});

test('qualifierBefore: early hours, dawn, late, night of', () => {
  assert.deepEqual(qualifierBefore('shelling began in the early hours of '), { length: 'the early hours of '.length, partOfDay: 'early-morning' });
  assert.deepEqual(qualifierBefore('raids came before dawn on '), { length: 'before dawn on '.length, partOfDay: 'early-morning' });
  assert.deepEqual(qualifierBefore('it ended late on '), { length: 'late on '.length, partOfDay: 'night' });
  assert.deepEqual(qualifierBefore('strikes on the night of '), { length: 'the night of '.length, partOfDay: 'night' });
  assert.equal(qualifierBefore('the ministers met on '), null);
  assert.equal(qualifierBefore('in the early hours of'), null); // no space before the expression
});

test('qualifierBefore and partOfDayIn: the turns of the day (dawn, daybreak, dusk, nightfall)', () => {
  assert.deepEqual(qualifierBefore('the convoy moved at dusk on '), { length: 'at dusk on '.length, partOfDay: 'evening' });
  assert.deepEqual(qualifierBefore('raids came before daybreak on '), { length: 'before daybreak on '.length, partOfDay: 'early-morning' });
  assert.equal(partOfDayIn('nightfall'), 'evening');
  assert.equal(partOfDayIn('before dawn'), 'early-morning');
});

test('roleBefore: "since the", "since early" open a span too', () => {
  assert.equal(roleBefore('met for the first time since the '), 'since');
  assert.equal(roleBefore('the worst fighting since early '), 'since');
  assert.equal(roleBefore('talks resumed late '), undefined);
});
