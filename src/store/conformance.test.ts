/**
 * The store conformance suite: the same tests against SQLite (temp dir) and PostgreSQL (a fresh
 * schema per test at BRINK_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/test).
 */
import { describe } from 'node:test';
import { analysisTests } from './conformance/analysis.js';
import { documentTests } from './conformance/documents.js';
import { pgSkip } from './test-fixtures.js';

describe('store conformance: sqlite', () => {
  documentTests('sqlite');
  analysisTests('sqlite');
});

const skip = await pgSkip();

describe('store conformance: postgres', { skip }, () => {
  documentTests('postgres');
  analysisTests('postgres');
});
