import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { CeasefireCard, DocumentView } from '../types.js';

before(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  (globalThis as { document?: unknown }).document = document;
});

const cf = (over: Partial<CeasefireCard> = {}): CeasefireCard => ({
  id: 'cf:ARM+AZE:2031-03-08T16:00', parties: ['ARM', 'AZE'], mediators: [], effectiveUtc: '2031-03-08T16:00:00Z',
  disagreements: [], docIds: ['d1'], status: { status: 'in-effect', incidents: [], accusations: [], history: [] }, ...over,
});

/** The board card's details as [term, definition] pairs. */
function details(el: HTMLElement): Array<[string, string]> {
  const dts = [...el.querySelectorAll('dl.details dt')];
  return dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

test('a stated end reads as an instant in UTC, or through the end of its day', async () => {
  const { statedEnd, endsLine } = await import('./ceasefires.js');
  assert.equal(statedEnd('2031-03-09T21:00:00Z'), '2031-03-09 21:00 UTC');
  assert.equal(statedEnd('2031-03-09'), 'end of 2031-03-09');
  assert.equal(endsLine({}), '');
  assert.equal(endsLine({ until: '2031-03-09T21:00:00Z' }), 'until 2031-03-09 21:00 UTC (stated end)');
  assert.equal(endsLine({ until: '2031-03-09', extendedUntil: '2031-03-16' }), 'until end of 2031-03-09 (stated end) · extended until 2031-03-16');
});

test('the board card shows the stated end apart from an extension, and neither when there is none', async () => {
  const { card } = await import('./ceasefires.js');
  const both = details(card(cf({ until: '2031-03-09T21:00:00Z', extendedUntil: '2031-03-16' })));
  assert.deepEqual(both.filter(([t]) => /until/i.test(t)), [['Until (stated end)', '2031-03-09 21:00 UTC'], ['Extended until', '2031-03-16']]);
  const none = details(card(cf()));
  assert.deepEqual(none.filter(([t]) => /until/i.test(t)), []);
});

test('the article report shows a truce\'s stated end', async () => {
  const { reportSections } = await import('./report.js');
  const view = {
    document: { id: 'd1' }, actors: [], events: [],
    report: { ceasefires: [{ parties: ['ARM', 'AZE'], mediators: [], until: { date: '2031-03-09', precision: 'day', stated: 'through Sunday', inferred: true } }] },
  } as unknown as DocumentView;
  const host = document.createElement('div');
  for (const n of reportSections(view)) host.appendChild(n);
  assert.equal(host.querySelector('#r-ceasefires .cf-until')?.textContent, 'Until 2031-03-09 (“through Sunday”) · inferred (stated end)');
});
