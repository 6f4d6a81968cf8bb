import type { Command } from 'commander';
import { BrinkError, toBrinkError } from '../../domain/errors.js';
import type { Document, Event } from '../../domain/types.js';
import { openEngineStore } from '../../engine/store.js';
import { readAcled, readGdelt, type ImportRow } from '../../interop/index.js';
import type { ImportFacts, Store } from '../../store/types.js';
import { dbOption, type DbOpts } from '../options.js';
import { progress } from '../progress.js';

export type ImportKind = 'gdelt' | 'acled';

export interface ImportSummary {
  files: number;
  rows: number;
  stored: number;
  skipped: number;
  documents: number;
  /** Events whose document the store refused. */
  failed: number;
  /** Files that could not be read (missing, unreadable, broken archive). */
  unreadable: number;
}

export interface ImportOptions {
  /** Events buffered before they are written (grouped by document). */
  batch?: number;
  /** Called for each skipped row or failed write, with a printable line. */
  onProblem?: (line: string, row?: ImportRow) => void;
  onRow?: (row: ImportRow, summary: ImportSummary) => void;
}

interface Pending {
  doc: Document;
  events: Map<string, Event>;
  facts: Map<string, ImportFacts>;
}

/**
 * Reads GDELT or ACLED files and stores their events, one synthetic document per source (see
 * src/interop/docs.ts). Each document is written with articles.save (one transaction), merged with
 * the events it already holds so files that spread one source over several batches lose nothing.
 */
export async function importFiles(
  store: Store,
  kind: ImportKind,
  files: string[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const batch = opts.batch ?? 20000;
  const s: ImportSummary = {
    files: 0,
    rows: 0,
    stored: 0,
    skipped: 0,
    documents: 0,
    failed: 0,
    unreadable: 0,
  };
  const pending = new Map<string, Pending>();
  let buffered = 0;
  const flush = async (): Promise<void> => {
    const docs = [...pending.values()];
    pending.clear();
    buffered = 0;
    await saveBatch(store, kind, docs, s, opts);
  };
  for (const file of files) {
    s.files++;
    const rows = kind === 'gdelt' ? readGdelt(file) : readAcled(file);
    try {
      for await (const row of rows) {
        s.rows++;
        if (row.error || !row.event || !row.doc) {
          s.skipped++;
          opts.onProblem?.(
            `skipped: ${(row.error ?? new BrinkError('INTERNAL', { detail: 'empty row' })).describe()}`,
            row,
          );
        } else {
          let p = pending.get(row.doc.id);
          if (!p) pending.set(row.doc.id, (p = { doc: row.doc, events: new Map(), facts: new Map() }));
          p.events.set(row.event.id, stripExtras(row.event));
          const facts = factsOf(row.event, kind);
          if (facts) p.facts.set(row.event.id, facts);
          if (++buffered >= batch) await flush();
        }
        opts.onRow?.(row, s);
      }
    } catch (e) {
      s.unreadable++;
      opts.onProblem?.(`failed: ${toBrinkError(e, file).describe()}`);
    }
  }
  await flush();
  return s;
}

/** The dataset's own facts of a row (GDELT counts and tone, ACLED fatalities), stored beside the event. */
function factsOf(e: ImportRow['event'] & object, kind: ImportKind): ImportFacts | null {
  if (kind === 'gdelt' && e.gdelt) return { eventId: e.id, dataset: 'gdelt', gdelt: { ...e.gdelt } };
  if (kind === 'acled' && e.acled) {
    const a = e.acled;
    const acled: NonNullable<ImportFacts['acled']> = {
      fatalities: a.fatalities,
      eventType: a.eventType,
      subEventType: a.subEventType,
      civilianTargeting: a.civilianTargeting,
    };
    if (a.disorderType !== undefined) acled.disorderType = a.disorderType;
    if (a.interaction !== undefined) acled.interaction = a.interaction;
    if (a.tags !== undefined) acled.tags = a.tags;
    return { eventId: e.id, dataset: 'acled', acled };
  }
  return null;
}

/** Drops the import-only fields (GDELT counts, ACLED extras): they go to store.importFacts. */
function stripExtras(e: Event & { gdelt?: unknown; acled?: unknown }): Event {
  const { gdelt: _g, acled: _a, ...rest } = e;
  return rest;
}

/** Writes one document and its events (merged with those already stored); true when inserted. */
async function writeDoc(store: Store, kind: ImportKind, p: Pending): Promise<boolean> {
  const put = await store.documents.put(p.doc);
  const merged = new Map<string, Event>();
  const facts = new Map<string, ImportFacts>();
  if (put.status === 'duplicate') {
    // Saving replaces the document's events (and so their facts): carry the stored ones over.
    for (const e of await store.events.byDoc(p.doc.id)) merged.set(e.id, e);
    for (const f of await store.importFacts.byEvents([...merged.keys()])) facts.set(f.eventId, f);
  }
  for (const [id, e] of p.events) merged.set(id, e);
  for (const [id, f] of p.facts) facts.set(id, f);
  await store.articles.save(
    p.doc.id,
    { events: [...merged.values()], actors: [], roleConflicts: [] },
    `import-${kind}`,
  );
  if (facts.size) await store.importFacts.put([...facts.values()]);
  return put.status === 'inserted';
}

/**
 * A batch is written in one transaction (fast on SQLite); when that fails, each document is
 * retried in its own transaction so that only the documents the store refuses are lost.
 */
async function saveBatch(
  store: Store,
  kind: ImportKind,
  docs: Pending[],
  s: ImportSummary,
  opts: ImportOptions,
): Promise<void> {
  try {
    const inserted = await store.transaction(async (tx) => {
      let n = 0;
      for (const p of docs) if (await writeDoc(tx, kind, p)) n++;
      return n;
    });
    s.documents += inserted;
    for (const p of docs) s.stored += p.events.size;
    return;
  } catch {
    // fall through: per-document retry
  }
  for (const p of docs) await saveDoc(store, kind, p, s, opts);
}

/**
 * A re-released dataset can move an event to another source (ACLED corrects `source`): the event id
 * is then held by an older document. Take it out of that document so the new one can have it.
 * Returns false so that it can be chained before writeDoc.
 */
async function moveFromOtherDocs(tx: Store, p: Pending): Promise<false> {
  const stale = new Map<string, Set<string>>();
  for (const id of p.events.keys()) {
    const old = await tx.events.get(id);
    if (old && old.docId !== p.doc.id) {
      const set = stale.get(old.docId) ?? new Set<string>();
      set.add(id);
      stale.set(old.docId, set);
    }
  }
  for (const [docId, ids] of stale) {
    const keep = (await tx.events.byDoc(docId)).filter((e) => !ids.has(e.id));
    await tx.articles.save(docId, { events: keep, actors: [], roleConflicts: [] }, 'import-move');
  }
  return false;
}

async function saveDoc(
  store: Store,
  kind: ImportKind,
  p: Pending,
  s: ImportSummary,
  opts: ImportOptions,
): Promise<void> {
  try {
    if (await store.transaction(async (tx) => (await moveFromOtherDocs(tx, p)) || writeDoc(tx, kind, p)))
      s.documents++;
    s.stored += p.events.size;
  } catch (e) {
    s.failed += p.events.size;
    opts.onProblem?.(
      `failed: ${toBrinkError(e, p.doc.url ?? p.doc.id).describe()} (${p.events.size} events of ${p.doc.title ?? p.doc.id})`,
    );
  }
}

interface ImportFlags extends DbOpts {
  batch?: string;
  json?: boolean;
}

export default function register(program: Command): void {
  dbOption(
    program
      .command('import')
      .description('import coded events from GDELT 2.0 event exports or ACLED CSV exports into the store')
      .argument('<kind>', 'gdelt | acled')
      .argument(
        '<files...>',
        'GDELT .export.CSV / .tsv / .txt files or their .zip; ACLED .csv files (or .zip)',
      )
      .option('--batch <n>', 'events buffered per write batch (one transaction each)', '20000')
      .option('--json', 'print problems and the summary as JSON lines')
      .addHelpText(
        'after',
        '\nMalformed rows are reported with file:line and skipped; the import goes on. See docs/interop.md.',
      ),
  ).action(async (kind: string, files: string[], flags: ImportFlags) => {
    if (kind !== 'gdelt' && kind !== 'acled')
      throw new BrinkError('UNKNOWN_FORMAT', { detail: `import kind must be gdelt or acled, not ${kind}` });
    const batch = Number(flags.batch);
    if (!Number.isInteger(batch) || batch <= 0)
      throw new BrinkError('BAD_REQUEST', { detail: '--batch must be a positive integer' });
    const json = Boolean(flags.json);
    const store = await openEngineStore(flags.db);
    const bar = progress({ label: `import ${kind}` });
    try {
      const s = await importFiles(store, kind, files, {
        batch,
        onProblem: (line, row) =>
          bar.log(
            json
              ? JSON.stringify(row?.error ? { line: row.line, error: row.error.toJSON() } : { problem: line })
              : line,
          ),
        onRow: (_row, sum) => bar.tick({ stored: sum.stored, skipped: sum.skipped }),
      });
      bar.done();
      if (json) console.log(JSON.stringify({ summary: s }));
      else
        console.log(
          `\n${s.files} file(s): ${s.rows} rows read, ${s.stored} events stored in ${s.documents} new document(s), ${s.skipped} rows skipped${s.failed ? `, ${s.failed} events refused by the store` : ''}${s.unreadable ? `, ${s.unreadable} file(s) unreadable` : ''}`,
        );
      if (s.skipped > 0 || s.failed > 0 || s.unreadable > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}
