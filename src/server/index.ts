/** Brink's HTTP API: `createApp` (in-process, for tests), `serve`/`startServer` (on a socket). */
export { createApp, type BrinkApp, type CreateAppOptions } from './app.js';
export { serve, startServer, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from './serve.js';
export type { ServerConfig } from './context.js';
export { addUser, addToken, publicUser } from './auth/users.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { buildOpenApi } from './openapi.js';
