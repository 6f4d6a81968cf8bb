/**
 * The durable store. `openStore` connects (SQLite by default, or PostgreSQL), runs pending
 * migrations and returns the Store.
 *
 *   const store = await openStore({ kind: 'sqlite', path: 'data/brink.db' });
 *   await store.documents.put(doc);
 *   await store.close();
 */
import { BrinkError } from '../domain/errors.js';
import type { Connection } from './dialect.js';
import { migrate } from './migrations/index.js';
import { connectPostgres } from './postgres/connect.js';
import { connectSqlite } from './sqlite/connect.js';
import { makeStore } from './store.js';
import type { Store, StoreConfig } from './types.js';

export type * from './types.js';
export { MIGRATION_NAMES } from './migrations/index.js';

export async function openStore(config: StoreConfig): Promise<Store> {
  let conn: Connection;
  try {
    conn =
      config.kind === 'sqlite'
        ? connectSqlite(config.path)
        : await connectPostgres(config.url, config.schema);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new BrinkError(
      'STORE_FAILED',
      { detail: `cannot open the store: ${detail}` },
      config.kind === 'sqlite' ? config.path : 'postgres',
      { cause: e },
    );
  }
  try {
    await migrate(conn);
  } catch (e) {
    await conn.db.destroy();
    throw e;
  }
  let closed = false;
  return makeStore(conn.db, conn.features, async () => {
    if (closed) return;
    closed = true;
    await conn.db.destroy();
  });
}

export { storeConfigFrom, describeStore, DEFAULT_DB_FILE } from './config.js';
