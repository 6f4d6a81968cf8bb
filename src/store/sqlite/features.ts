import type { DialectFeatures } from '../dialect.js';

export const sqliteFeatures: DialectFeatures = {
  name: 'sqlite',
  autoId: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  keyText: 'text',
  isUniqueViolation: (e) => {
    const code = (e as { code?: unknown } | null)?.code;
    return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
  },
};
