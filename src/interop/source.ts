/**
 * Byte and line sources for importers: a file path or a stream, unzipped on the fly when it is a
 * ZIP archive (first file only, as GDELT and ACLED ship one table per archive). Everything streams
 * chunk by chunk, so memory stays flat whatever the file size.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { BrinkError } from '../domain/errors.js';

export type ImportInput = string | AsyncIterable<Uint8Array | string>;

/** A short name for error items: the file's base name, or `stream`. */
export function inputName(input: ImportInput, name?: string): string {
  return name ?? (typeof input === 'string' ? basename(input) : 'stream');
}

async function* raw(input: ImportInput): AsyncGenerator<Uint8Array> {
  const src = typeof input === 'string' ? createReadStream(input) : input;
  try {
    for await (const c of src) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : (c as Uint8Array);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const item = typeof input === 'string' ? input : 'stream';
    if (code === 'ENOENT') throw new BrinkError('NOT_FOUND', {}, item, { cause: e });
    throw new BrinkError('READ_FAILED', { detail: e instanceof Error ? e.message : String(e) }, item, {
      cause: e,
    });
  }
}

function isZip(c: Uint8Array): boolean {
  return c.length >= 4 && c[0] === 0x50 && c[1] === 0x4b && c[2] === 0x03 && c[3] === 0x04;
}

const ZIP_SLICE = 16 * 1024;

/** Decompresses the first file of a ZIP byte stream, chunk by chunk. */
async function* unzipFirst(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  let taken = false;
  const uz = new Unzip((file) => {
    if (taken) return;
    taken = true;
    file.ondata = (err, data) => {
      if (err) failure = err;
      else if (data.length) out.push(data);
    };
    file.start();
  });
  uz.register(UnzipInflate);
  uz.register(UnzipPassThrough);
  const push = (c: Uint8Array, final: boolean): void => {
    try {
      uz.push(c, final);
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    }
  };
  // Compressed input is fed in small slices so that one push never inflates to more than a few MB.
  let next: Uint8Array | null = first;
  for (;;) {
    for (let i = 0; next && i < next.length; i += ZIP_SLICE) {
      push(next.subarray(i, i + ZIP_SLICE), false);
      while (out.length) yield out.shift() as Uint8Array;
      if (failure)
        throw new BrinkError('READ_FAILED', { detail: `bad ZIP archive: ${(failure as Error).message}` });
    }
    const n = await rest.next();
    if (n.done) break;
    next = n.value;
  }
  push(new Uint8Array(0), true);
  while (out.length) yield out.shift() as Uint8Array;
  if (failure)
    throw new BrinkError('READ_FAILED', { detail: `bad ZIP archive: ${(failure as Error).message}` });
  if (!taken) throw new BrinkError('READ_FAILED', { detail: 'the ZIP archive holds no file' });
}

/** The input's bytes, transparently unzipped when they start with a ZIP signature. */
export async function* bytes(input: ImportInput): AsyncGenerator<Uint8Array> {
  const it = raw(input)[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) return;
  if (isZip(first.value)) {
    yield* unzipFirst(first.value, it);
    return;
  }
  yield first.value;
  for (;;) {
    const n = await it.next();
    if (n.done) return;
    yield n.value;
  }
}

/** Lines (without `\n` / `\r\n`) of a UTF-8 byte stream; a leading BOM is dropped. */
export async function* lines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8');
  let rest = '';
  let first = true;
  for await (const c of chunks) {
    let s = rest + dec.decode(c, { stream: true });
    if (first && s.length) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    let i = 0;
    for (let j = s.indexOf('\n'); j >= 0; j = s.indexOf('\n', i)) {
      yield stripCr(s.slice(i, j));
      i = j + 1;
    }
    rest = s.slice(i);
  }
  rest += dec.decode();
  if (rest.length) yield stripCr(rest);
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
