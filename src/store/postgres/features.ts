import { sql } from 'kysely';
import type { DialectFeatures } from '../dialect.js';

export const postgresFeatures: DialectFeatures = {
  name: 'postgres',
  autoId: (t) => t.addColumn('id', 'serial', (c) => c.primaryKey()),
  keyText: sql`text collate "C"`,
  isUniqueViolation: (e) => (e as { code?: unknown } | null)?.code === '23505',
};
