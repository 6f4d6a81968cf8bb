import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { storeConfig } from './config.js';

/** Opens (and migrates) the store named by a `--db` value, or the embedded default. */
export async function openEngineStore(db?: string): Promise<Store> {
  return openStore(storeConfig({ db }));
}
