import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

before(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  (globalThis as { document?: unknown }).document = document;
});

test('strings become text, never markup', async () => {
  const { h } = await import('./dom.js');
  const el = h('p', {}, '<img src=x onerror=alert(1)>', ' & ', '<script>x()</script>');
  assert.equal(el.childElementCount, 0);
  assert.equal(el.textContent, '<img src=x onerror=alert(1)> & <script>x()</script>');
});

test('string event handlers and style attributes are refused; functions are listeners', async () => {
  const { h } = await import('./dom.js');
  let clicked = 0;
  const el = h('button', { onclick: 'window.__pwned=1', onmouseover: () => { clicked++; }, style: 'color:red', title: '" onload="x' });
  assert.equal(el.getAttribute('onclick'), null);
  assert.equal(el.getAttribute('onmouseover'), null);
  assert.equal(el.getAttribute('style'), null);
  assert.equal(el.getAttribute('title'), '" onload="x');
  el.dispatchEvent(new (globalThis as unknown as { document: Document }).document.defaultView!.Event('mouseover'));
  assert.equal(clicked, 1);
});

test('only safe URLs reach href', async () => {
  const { h, safeHref } = await import('./dom.js');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', '//evil.example/x', 'vbscript:x']) {
    assert.equal(safeHref(bad), null, bad);
    assert.equal(h('a', { href: bad }).getAttribute('href'), null, bad);
  }
  for (const ok of ['#/article/1', '/api/exports/events.csv', 'https://example.org/a?b=1', 'http://example.org']) assert.equal(safeHref(ok), ok);
});

test('SVG elements are created in the SVG namespace', async () => {
  const { s } = await import('./dom.js');
  const c = s('circle', { r: 3, onclick: 'x()' });
  assert.equal(c.namespaceURI, 'http://www.w3.org/2000/svg');
  assert.equal(c.getAttribute('r'), '3');
  assert.equal(c.getAttribute('onclick'), null);
});
