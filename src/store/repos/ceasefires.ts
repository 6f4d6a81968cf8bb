import type { Selectable } from 'kysely';
import type { CeasefireStatementsTable, CeasefiresTable } from '../schema.js';
import type { Ceasefire, CeasefireStatement, CeasefireStore, StatementKind } from '../types.js';
import { type Db, clampLimit, fromJson, guard, num, opt } from '../util.js';

function statementFromRow(r: Selectable<CeasefireStatementsTable>): CeasefireStatement {
  const s: CeasefireStatement = {
    docId: r.doc_id,
    party: r.party,
    kind: r.kind as StatementKind,
    evidence: fromJson<CeasefireStatement['evidence']>(r.evidence) ?? { start: 0, end: 0, text: '' },
  };
  opt(s, 'statedTime', r.stated_time);
  return s;
}

function fromRow(r: Selectable<CeasefiresTable>, statements: CeasefireStatement[]): Ceasefire {
  const c: Ceasefire = {
    id: r.id,
    parties: fromJson<string[]>(r.parties) ?? [],
    mediators: fromJson<string[]>(r.mediators) ?? [],
    status: r.status,
    evidence: fromJson<Ceasefire['evidence']>(r.evidence) ?? [],
    statements,
  };
  opt(c, 'announcedUtc', r.announced_utc);
  opt(c, 'agreedUtc', r.agreed_utc);
  opt(c, 'effectiveUtc', r.effective_utc);
  opt(c, 'effectiveText', r.effective_text);
  opt(c, 'extendedUntil', r.extended_until);
  opt(c, 'conditions', r.conditions);
  opt(c, 'firstDocId', r.first_doc_id);
  return c;
}

export function ceasefireStore(db: Db): CeasefireStore {
  const withStatements = async (rows: Array<Selectable<CeasefiresTable>>): Promise<Ceasefire[]> => {
    if (rows.length === 0) return [];
    const st = await db
      .selectFrom('ceasefire_statements')
      .selectAll()
      .where(
        'ceasefire_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
    return rows.map((r) => fromRow(r, st.filter((s) => s.ceasefire_id === r.id).map(statementFromRow)));
  };
  return {
    get: (id) =>
      guard(id, async () => {
        const r = await db.selectFrom('ceasefires').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? ((await withStatements([r]))[0] ?? null) : null;
      }),

    list: (opts = {}) =>
      guard(undefined, async () => {
        let q = db.selectFrom('ceasefires').selectAll();
        if (opts.party !== undefined) q = q.where('parties', 'like', `%${JSON.stringify(opts.party)}%`);
        const rows = await q
          .orderBy((eb) => eb.fn.coalesce('effective_utc', 'agreed_utc', 'announced_utc', eb.val('')), 'desc')
          .orderBy('id')
          .limit(clampLimit(opts.limit, 100, 1000))
          .execute();
        return withStatements(rows);
      }),

    update: (id, patch) =>
      guard(id, async () => {
        const set: Partial<Selectable<CeasefiresTable>> = {};
        if (patch.status !== undefined) set.status = patch.status;
        if (patch.extendedUntil !== undefined) set.extended_until = patch.extendedUntil;
        if (patch.conditions !== undefined) set.conditions = patch.conditions;
        if (patch.effectiveUtc !== undefined) set.effective_utc = patch.effectiveUtc;
        if (Object.keys(set).length === 0)
          return (
            (await db.selectFrom('ceasefires').select('id').where('id', '=', id).executeTakeFirst()) !==
            undefined
          );
        const r = await db.updateTable('ceasefires').set(set).where('id', '=', id).executeTakeFirst();
        return num(r.numUpdatedRows) > 0;
      }),
  };
}
