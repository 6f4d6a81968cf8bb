/**
 * A seeded throwaway server for looking at the dashboard by hand:
 *   npx tsx test/browser/demo.ts [port]     (users admin/analyst/viewer, passwords in seed.ts)
 */
import { serve } from '../../src/server/index.js';
import { PASSWORDS, seed } from './seed.js';

const port = Number(process.argv[2] ?? 8790);
const seeded = await seed();
const server = await serve({ store: seeded.store, port, host: '127.0.0.1', config: { secureCookies: false } });
process.stdout.write(`Brink demo at ${server.url} (store ${seeded.dir}); sign in as ${Object.entries(PASSWORDS).map(([u, p]) => `${u}/${p}`).join(', ')}\n`);
