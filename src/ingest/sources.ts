import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BrinkError, toBrinkError } from '../domain/errors.js';
import { fetchUrl } from './fetch.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions } from './options.js';
import { parseBuffer } from './parse.js';

function fsError(e: unknown, origin: string): BrinkError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new BrinkError('NOT_FOUND', {}, origin, { cause: e });
  return new BrinkError('READ_FAILED', { detail: code ?? (e instanceof Error ? e.message : String(e)) }, origin, { cause: e });
}

/** Reads a whole stream, refusing (TOO_LARGE) as soon as it passes `max` bytes. */
export async function readCapped(stream: NodeJS.ReadableStream, max: number, origin: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > max) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new BrinkError('TOO_LARGE', { limit: max }, origin);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads a file after checking its size with stat (a file over the cap is never read). */
async function readFileCapped(path: string, max: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const s = await fh.stat();
    if (s.size > max) throw new BrinkError('TOO_LARGE', { limit: max }, path);
    return await readCapped(fh.createReadStream({ autoClose: false }), max, path);
  } finally {
    await fh.close();
  }
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<string | IngestItem> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    yield { origin: dir, error: fsError(e, dir) };
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    try {
      const s = await stat(p);
      if (s.isDirectory()) yield* walk(p, seen);
      else if (s.isFile()) yield p;
    } catch (e) {
      yield { origin: p, error: fsError(e, p) };
    }
  }
}

/** Files read ahead while earlier ones are parsed (bounds memory to this many × maxBytes). */
const READ_AHEAD = 4;

type Loaded = { path: string; buf?: Buffer; error?: BrinkError };

function load(path: string, opts: IngestOptions): Promise<Loaded> {
  return readFileCapped(path, opts.maxBytes ?? DEFAULT_MAX_BYTES).then(
    (buf) => ({ path, buf }),
    (e: unknown) => ({ path, error: e instanceof BrinkError ? e : fsError(e, path) }),
  );
}

function parseLoaded(l: Loaded, opts: IngestOptions): IngestItem[] {
  if (l.error || !l.buf) return [{ origin: l.path, error: l.error ?? new BrinkError('READ_FAILED', { detail: 'no data' }, l.path) }];
  return parseBuffer(l.buf, { origin: l.path, filename: basename(l.path) }, opts);
}

async function* readFileInput(path: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  yield* parseLoaded(await load(path, opts), opts);
}

async function* readPath(path: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    yield { origin: path, error: fsError(e, path) };
    return;
  }
  if (!isDir) return yield* readFileInput(path, opts);
  // Items in walk order; file reads run up to READ_AHEAD ahead of parsing.
  const pending: Array<Promise<Loaded> | IngestItem> = [];
  const drainOne = async function* (): AsyncGenerator<IngestItem> {
    const next = pending.shift()!;
    if (next instanceof Promise) yield* parseLoaded(await next, opts);
    else yield next;
  };
  for await (const entry of walk(path, new Set())) {
    pending.push(typeof entry === 'string' ? load(entry, opts) : entry);
    if (pending.length >= READ_AHEAD) yield* drainOne();
  }
  while (pending.length) yield* drainOne();
}

async function* readUrl(url: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  try {
    const got = await fetchUrl(url, opts);
    const name = basename(new URL(got.url).pathname);
    yield* parseBuffer(got.body, { origin: url, url: got.url, filename: name, contentType: got.contentType }, opts);
  } catch (e) {
    yield { origin: url, error: toBrinkError(e, url) };
  }
}

async function* readStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  try {
    const buf = await readCapped(opts.stdin ?? process.stdin, opts.maxBytes ?? DEFAULT_MAX_BYTES, 'stdin');
    yield* parseBuffer(buf, { origin: 'stdin' }, opts);
  } catch (e) {
    yield { origin: 'stdin', error: e instanceof BrinkError ? e : fsError(e, 'stdin') };
  }
}

/**
 * Reads every input — file, directory (recursive, sorted, hidden entries skipped), http(s) URL,
 * or `-` for stdin — and yields one item per document or failure. Nothing thrown escapes.
 */
export async function* readSources(inputs: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    try {
      if (input === '-') yield* readStdin(opts);
      else if (/^https?:\/\//i.test(input)) yield* readUrl(input, opts);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) yield { origin: input, error: new BrinkError('BAD_URL', { detail: `scheme ${input.split(':')[0]}:` }, input) };
      else yield* readPath(input, opts);
    } catch (e) {
      yield { origin: input, error: toBrinkError(e, input) };
    }
  }
}
