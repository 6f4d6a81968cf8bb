import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { BrinkError } from '../../domain/errors.js';
import type { Event, Modality } from '../../domain/types.js';
import { openEngineStore } from '../../engine/store.js';
import {
  EXPORT_FORMATS,
  cachedLookup,
  exportEvents,
  isExportFormat,
  type ExportFormat,
} from '../../interop/index.js';
import type { EventFilter, Store } from '../../store/types.js';
import { dbOption, type DbOpts } from '../options.js';

const MODALITIES: readonly string[] = [
  'asserted',
  'negated',
  'hypothetical',
  'future-intent',
  'speculative',
  'question',
];
const PAGE = 2000;

interface ExportFlags extends DbOpts {
  format: string;
  source?: string;
  target?: string;
  dyad?: string;
  from?: string;
  to?: string;
  root?: string;
  modality: string;
  output?: string;
}

/** Every event matching the filter, page by page (keyset cursor), newest first. */
export async function* storeEvents(
  store: Store,
  filter: Omit<EventFilter, 'limit' | 'after'>,
  count?: { n: number },
): AsyncGenerator<Event> {
  let after: string | undefined;
  for (;;) {
    const page = await store.events.query({ ...filter, limit: PAGE, ...(after ? { after } : {}) });
    for (const e of page.items) {
      if (count) count.n++;
      yield e;
    }
    if (!page.nextCursor) return;
    after = page.nextCursor;
  }
}

/** Resolves on 'drain', or on 'close'/'error' (the loop then sees the failure). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

/** Writes chunks to a stream, waiting for 'drain' whenever the stream's buffer is full. */
export async function pipeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  let failure: Error | null = null;
  const onError = (e: Error): void => void (failure ??= e);
  out.on('error', onError);
  try {
    for await (const c of chunks) {
      if (failure) break;
      if (!out.write(c)) await drained(out);
    }
  } finally {
    out.off('error', onError);
  }
  const f = failure as NodeJS.ErrnoException | null;
  // EPIPE: the reader went away (`| head`); stopping is the answer, not an error.
  if (f && f.code !== 'EPIPE')
    throw new BrinkError('BAD_REQUEST', { detail: `cannot write the export: ${f.message}` });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates the flags into an event filter. */
export function filterOf(
  flags: Omit<ExportFlags, 'format' | 'db' | 'output'>,
): Omit<EventFilter, 'limit' | 'after'> {
  const f: Omit<EventFilter, 'limit' | 'after'> = {};
  if (flags.source) f.source = flags.source.toUpperCase();
  if (flags.target) f.target = flags.target.toUpperCase();
  if (flags.dyad) {
    const parts = flags.dyad.split(',').map((s) => s.trim().toUpperCase());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new BrinkError('BAD_REQUEST', { detail: '--dyad takes two codes: A,B' });
    f.dyad = [parts[0], parts[1]];
  }
  for (const k of ['from', 'to'] as const) {
    const v = flags[k];
    if (v === undefined) continue;
    if (!DATE.test(v) || Number.isNaN(Date.parse(v)))
      throw new BrinkError('BAD_DATE', { value: v }, `--${k}`);
    f[k] = v;
  }
  if (flags.root) {
    if (!/^\d{2}$/.test(flags.root))
      throw new BrinkError('BAD_REQUEST', { detail: '--root is a two-digit CAMEO root, e.g. 19' });
    f.root = flags.root;
  }
  if (flags.modality !== 'all') {
    if (!MODALITIES.includes(flags.modality))
      throw new BrinkError('BAD_REQUEST', {
        detail: `--modality must be all or one of ${MODALITIES.join(', ')}`,
      });
    f.modality = flags.modality as Modality;
  }
  return f;
}

/** Streams the matching events of the store in a format to `out`; returns the number of events read. */
export async function exportTo(
  store: Store,
  format: ExportFormat,
  filter: Omit<EventFilter, 'limit' | 'after'>,
  out: Writable,
): Promise<number> {
  const count = { n: 0 };
  const docs = cachedLookup(async (id) => {
    const d = await store.documents.get(id);
    return d
      ? {
          ...(d.url ? { url: d.url } : {}),
          ...(d.outlet ? { outlet: d.outlet } : {}),
          ...(d.published ? { published: d.published } : {}),
        }
      : null;
  });
  const needsDocs = format === 'plover' || format === 'gdelt';
  await pipeChunks(exportEvents(format, storeEvents(store, filter, count), needsDocs ? { docs } : {}), out);
  return count.n;
}

export default function register(program: Command): void {
  dbOption(
    program
      .command('export')
      .description('export stored events as CSV, NDJSON, PLOVER JSON, GDELT-style TSV, GeoJSON or HXL')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
      .option('--source <code>', 'source actor code or country (INDGOV or IND)')
      .option('--target <code>', 'target actor code or country')
      .option('--dyad <a,b>', 'both directions between two codes or countries')
      .option('--from <date>', 'first event day, YYYY-MM-DD')
      .option('--to <date>', 'last event day, YYYY-MM-DD')
      .option('--root <nn>', 'two-digit CAMEO root, e.g. 19')
      .option('--modality <m>', 'asserted (default), another modality, or all', 'asserted')
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .addHelpText(
        'after',
        '\nThe export streams: memory stays flat however many events match. See docs/interop.md.',
      ),
  ).action(async (flags: ExportFlags) => {
    if (!isExportFormat(flags.format))
      throw new BrinkError('UNKNOWN_FORMAT', {
        detail: `export format must be one of ${EXPORT_FORMATS.join(', ')}`,
      });
    const filter = filterOf(flags);
    const store = await openEngineStore(flags.db);
    try {
      const out: Writable = flags.output ? createWriteStream(flags.output) : process.stdout;
      // A reader that stops early (`| head`) closes the pipe: stop quietly, not with a stack trace.
      if (!flags.output)
        process.stdout.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code !== 'EPIPE') throw e;
        });
      const n = await exportTo(store, flags.format, filter, out);
      if (flags.output) {
        out.end();
        await once(out, 'finish');
        console.error(`${n} events written to ${flags.output}`);
      }
    } finally {
      await store.close();
    }
  });
}
