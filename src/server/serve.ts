/**
 * Puts the app on a socket. `startServer` is what `brink serve` and `brink start` call: it opens
 * the store (unless given one), serves, and returns a handle to stop both.
 */
import type { AddressInfo } from 'node:net';
import { serve as honoServe } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { openEngineStore } from '../engine/store.js';
import { createApp, type CreateAppOptions } from './app.js';
import type { ServerConfig } from './context.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** An open store, or a `--db` value to open one. */
  store?: Store;
  db?: string;
  config?: ServerConfig;
  analyzer?: CreateAppOptions['analyzer'];
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  store: Store;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export async function serve(opts: ServeOptions & { store: Store }): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const app = createApp({ store: opts.store, config: opts.config ?? {}, ...(opts.analyzer ? { analyzer: opts.analyzer } : {}) });
  return new Promise((resolveStart, reject) => {
    const server = honoServe({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolveStart({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        host,
        store: opts.store,
        close: () =>
          new Promise<void>((done) => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}

/** Opens the store (when not given) and serves; close() stops the server and closes what it opened. */
export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  const owned = !opts.store;
  const store = opts.store ?? (await openEngineStore(opts.db));
  try {
    const running = await serve({ ...opts, store });
    return {
      ...running,
      close: async () => {
        await running.close();
        if (owned) await store.close();
      },
    };
  } catch (e) {
    if (owned) await store.close();
    throw e;
  }
}
