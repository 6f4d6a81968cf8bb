import { z } from 'zod';
import { BrinkError } from '../domain/errors.js';

/** One NDJSON line. `id` is accepted but not used: Brink's id is a content hash. */
export const NdjsonRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().max(8192).optional(),
    title: z.string().max(10_000).optional(),
    outlet: z.string().max(1000).optional(),
    published: z.string().max(100).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => (r.text ?? '').trim() !== '' || (r.html ?? '').trim() !== '', {
    message: 'needs a non-empty "text" or "html"',
  });

export type NdjsonRecord = z.infer<typeof NdjsonRecord>;

export interface NdjsonLine {
  origin: string;
  record?: NdjsonRecord;
  error?: BrinkError;
}

function describeZod(e: z.ZodError): string {
  return e.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function check(value: unknown, line: number, origin: string): NdjsonLine {
  const where = `${origin}:${line}`;
  const r = NdjsonRecord.safeParse(value);
  if (r.success) return { origin: where, record: r.data };
  return { origin: where, error: new BrinkError('BAD_NDJSON_LINE', { line, detail: describeZod(r.error) }, where) };
}

/**
 * NDJSON (one object per line; blank lines skipped) or a JSON array of objects. Each line is
 * validated on its own: a bad line is a BAD_NDJSON_LINE error (origin `file:line`), the rest go on.
 */
export function parseNdjson(text: string, origin: string): NdjsonLine[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*\[/.test(body)) {
    try {
      const arr: unknown = JSON.parse(body);
      if (Array.isArray(arr)) return arr.map((v, i) => check(v, i + 1, origin));
    } catch {
      // not a JSON array after all: fall through to line-by-line
    }
  }
  const out: NdjsonLine[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const where = `${origin}:${i + 1}`;
      const detail = e instanceof Error ? e.message.slice(0, 120) : 'invalid JSON';
      out.push({ origin: where, error: new BrinkError('BAD_NDJSON_LINE', { line: i + 1, detail }, where) });
      continue;
    }
    out.push(check(value, i + 1, origin));
  }
  return out;
}
