import type { Command } from 'commander';
import { loadAlertSettings } from '../../engine/alerts.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/index.js';
import { dbOption, type DbOpts } from '../options.js';

export default function register(program: Command): void {
  dbOption(
    program
      .command('serve')
      .description('serve the API and the dashboard (sign in with a user from `brink user add`)')
      .option('--port <n>', 'port', String(DEFAULT_PORT))
      .option('--host <addr>', 'address to listen on (use a reverse proxy with TLS beyond localhost)', DEFAULT_HOST)
      .option('--alerts <file>', 'alert rules and webhooks (default brink.alerts.json when present)')
      .option('--trust-proxy', 'trust X-Forwarded-For/-Proto from a reverse proxy'),
  ).action(async (f: DbOpts & { port: string; host: string; alerts?: string; trustProxy?: boolean }) => {
    const port = Number(f.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${f.port}`);
    const running = await startServer({
      port, host: f.host, ...(f.db ? { db: f.db } : {}),
      config: { alertSettings: loadAlertSettings(f.alerts), ...(f.trustProxy ? { trustProxy: true } : {}) },
    });
    console.log(`brink: serving on ${running.url} (API at ${running.url}api, OpenAPI at ${running.url}openapi.json)`);
    const stop = () => {
      console.log('brink: stopping');
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
