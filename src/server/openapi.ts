/**
 * The OpenAPI 3.1 document, generated from the route registry's zod schemas (z.toJSONSchema):
 * the schemas that validate requests are the ones documented.
 */
import { z } from 'zod';
import type { RouteSpec } from './registry.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const j = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete j.$schema;
  return j;
}

/** `/api/dyads/:a/:b` → `/api/dyads/{a}/{b}`; `:file{regex}` → `{file}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)(\{(?:[^{}]|\{[^{}]*\})*\})?/g, '{$1}');
}

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, s] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!s) continue;
    const j = schemaOf(s);
    const props = (j.properties ?? {}) as Record<string, Json>;
    const required = new Set((j.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(props)) {
      const { description, ...rest } = schema;
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  return out;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string): Json => ({ description, content: { 'application/json': { schema: ERROR_REF } } });

function responses(spec: RouteSpec): Json {
  const ok: Json = spec.produces
    ? { description: 'OK', content: { [spec.produces]: { schema: { type: 'string' } } } }
    : { description: 'OK', content: { 'application/json': { schema: spec.response ? schemaOf(spec.response, 'output') : {} } } };
  const r: Json = { 200: ok, 400: errorResponse('invalid request'), 429: errorResponse('rate limited (see Retry-After)') };
  if (spec.roles !== 'public') {
    r[401] = errorResponse('authentication required');
    r[403] = errorResponse('role not allowed, or CSRF token missing on a cookie-authenticated change');
  }
  if (spec.path.includes(':')) r[404] = errorResponse('no such record (also for records the caller may not see)');
  if (spec.body) r[413] = errorResponse('body larger than the cap');
  return r;
}

function operation(spec: RouteSpec): Json {
  const id = `${spec.method}${openApiPath(spec.path).replace(/[{}]/g, '').split(/[/.]/).map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : '')).join('')}`;
  return {
    operationId: id.replace(/[^A-Za-z0-9]/g, ''),
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    'x-roles': spec.roles === 'public' ? [] : [...spec.roles],
    security: spec.roles === 'public' ? [] : [{ bearer: [] }, { session: [] }],
    parameters: parameters(spec),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body) } } } } : {}),
    responses: responses(spec),
  };
}

export function buildOpenApi(routes: readonly RouteSpec[], info: { version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[openApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Brink API',
      version: info.version,
      description: 'Crisis early-warning and diplomacy tracker. See docs/api.md for the auth model, roles, CSRF and rate limits.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'API token from `brink user token NAME`' },
        session: { type: 'apiKey', in: 'cookie', name: 'brink_session', description: 'Session from POST /api/auth/login; unsafe methods also need X-CSRF-Token' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  };
}
