import { openStore, storeConfigFrom } from '../store/index.js';
import type { Store } from '../store/types.js';

/**
 * Opens (and migrates) the store named by a `--db` value (an SQLite path or a postgres:// URL),
 * or the embedded default `var/brink.db` under the working directory.
 */
export async function openEngineStore(db?: string, cwd = process.cwd()): Promise<Store> {
  return openStore(storeConfigFrom(db, cwd));
}
