/** Builds the Store over a Kysely instance (the database or an open transaction). */
import type { DialectFeatures } from './dialect.js';
import { alertStore } from './repos/alerts.js';
import { articleStore } from './repos/articles.js';
import { authStore } from './repos/auth.js';
import { ceasefireStore } from './repos/ceasefires.js';
import { clusterStore } from './repos/clusters.js';
import { documentStore } from './repos/documents.js';
import { engagementStore } from './repos/engagements.js';
import { eventStore } from './repos/events.js';
import { importFactStore } from './repos/import-facts.js';
import { runStore } from './repos/runs.js';
import type { Store } from './types.js';
import { type Db, atomic } from './util.js';

export function makeStore(db: Db, features: DialectFeatures, close: () => Promise<void>): Store {
  const store: Store = {
    dialect: features.name,
    db,
    documents: documentStore(db, features),
    runs: runStore(db),
    articles: articleStore(db, features.name),
    events: eventStore(db),
    importFacts: importFactStore(db),
    clusters: clusterStore(db),
    ceasefires: ceasefireStore(db),
    engagements: engagementStore(db),
    alerts: alertStore(db),
    auth: authStore(db),
    transaction: (fn) => atomic(db, (trx) => fn(trx === db ? store : makeStore(trx, features, close))),
    close,
  };
  return store;
}
