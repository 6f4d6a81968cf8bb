import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, type Fixture } from './testing.js';
import { openApiPath } from './openapi.js';

describe('/openapi.json', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());

  test('is OpenAPI 3.1.0 JSON, public, and lists every registered route with its roles', async () => {
    const res = await f.req('/openapi.json');
    assert.equal(res.status, 200);
    const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, Record<string, { 'x-roles': string[]; parameters: Array<{ name: string; in: string; required: boolean }>; operationId: string }>> };
    assert.equal(doc.openapi, '3.1.0');
    const ops = f.app.registry.routes;
    for (const r of ops) {
      const op = doc.paths[openApiPath(r.path)]?.[r.method];
      assert.ok(op, `${r.method} ${r.path} missing`);
      assert.deepEqual(op['x-roles'], r.roles === 'public' ? [] : [...r.roles]);
    }
    const count = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    assert.equal(count, ops.length);
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
  });

  test('parameters and bodies come from the zod schemas', async () => {
    const doc = (await (await f.req('/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string; required: boolean; schema: { enum?: string[]; pattern?: string } }>; requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>> };
    const events = doc.paths['/api/events']!.get!;
    const names = events.parameters.map((p) => p.name);
    for (const n of ['source', 'target', 'dyad', 'cameo', 'root', 'quad', 'modality', 'from', 'to', 'outlet', 'limit', 'after']) assert.ok(names.includes(n), n);
    assert.ok(events.parameters.every((p) => p.in === 'query' && !p.required));
    const pair = doc.paths['/api/dyads/{a}/{b}']!.get!;
    assert.deepEqual(pair.parameters.filter((p) => p.in === 'path').map((p) => p.name), ['a', 'b']);
    const exp = doc.paths['/api/exports/{file}']!.get!;
    assert.ok(exp.parameters.find((p) => p.name === 'file')!.schema.enum!.includes('events.geojson'));
    const eng = doc.paths['/api/engagements']!.post!.requestBody!.content['application/json']!.schema;
    assert.deepEqual([...(eng.required ?? [])].sort(), ['confidentiality', 'date', 'mediator', 'party']);
  });

  test('a ceasefire\'s stated end (`until`) and its extension\'s end are documented apart', async () => {
    type Schema = { type?: string; items?: Schema; properties?: Record<string, Schema & { description?: string }>; required?: string[] };
    const doc = (await (await f.req('/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>> };
    const list = doc.paths['/api/ceasefires']!.get!.responses['200']!.content!['application/json']!.schema;
    const one = doc.paths['/api/ceasefires/{id}']!.get!.responses['200']!.content!['application/json']!.schema;
    for (const s of [list.items!, one]) {
      assert.match(s.properties?.until?.description ?? '', /when declared/);
      assert.match(s.properties?.extendedUntil?.description ?? '', /extension/);
      assert.ok(!(s.required ?? []).includes('until'), 'until is optional');
      assert.ok(s.properties?.status?.properties?.history, 'the status with its history');
    }
  });
});
