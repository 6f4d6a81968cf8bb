import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryPart } from './types.js';

test('countryPart: a country code, an IGO, a bare role code', () => {
  assert.equal(countryPart('INDMIL'), 'IND');
  assert.equal(countryPart('PAK'), 'PAK');
  assert.equal(countryPart('IGOUNO'), 'IGO');
  assert.equal(countryPart('MIL'), '');
  assert.equal(countryPart('GOVXYZ'), '');
  assert.equal(countryPart('NGO'), 'NGO');
});
