import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { openEngineStore } from '../../engine/store.js';
import { BrinkError } from '../../domain/errors.js';
import { addToken, addUser } from '../../server/index.js';
import { dbOption, type DbOpts } from '../options.js';

const ROLES = ['viewer', 'analyst', 'admin'] as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  let muted = false;
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output: out, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function password(f: { password?: string; passwordStdin?: boolean }): Promise<string> {
  if (f.password !== undefined) return f.password;
  if (f.passwordStdin) return readStdin();
  if (!process.stdin.isTTY) throw new BrinkError('BAD_REQUEST', { detail: 'no password: give --password, --password-stdin, or run on a terminal' });
  const a = await prompt('password: ');
  const b = await prompt('again: ');
  if (a !== b) throw new BrinkError('BAD_REQUEST', { detail: 'the passwords differ' });
  return a;
}

export default function register(program: Command): void {
  const user = program.command('user').description('users and API tokens of the API and dashboard');
  dbOption(
    user
      .command('add <name>')
      .description('create a user (password: --password, --password-stdin, or asked on the terminal)')
      .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
      .option('--password <p>', 'the password (visible in the process list: prefer the prompt or --password-stdin)')
      .option('--password-stdin', 'read the password from standard input'),
  ).action(async (name: string, f: DbOpts & { role: string; password?: string; passwordStdin?: boolean }) => {
    if (!(ROLES as readonly string[]).includes(f.role)) throw new BrinkError('BAD_REQUEST', { detail: `--role must be one of ${ROLES.join(', ')}` });
    const pw = await password(f);
    const store = await openEngineStore(f.db);
    try {
      const u = await addUser(store, { name, password: pw, role: f.role as (typeof ROLES)[number] });
      await store.auth.audit({ who: 'cli', action: 'user.create', record: `user:${u.id}`, detail: { name: u.name, role: u.role } });
      console.log(`user ${u.name} (${u.role}) created`);
    } finally {
      await store.close();
    }
  });
  dbOption(
    user
      .command('token <name>')
      .description('create an API token for a user (printed once; send it as "Authorization: Bearer <token>")')
      .option('--label <label>', 'what the token is for')
      .option('--days <n>', 'expires after n days (default: never)'),
  ).action(async (name: string, f: DbOpts & { label?: string; days?: string }) => {
    const days = f.days === undefined ? undefined : Number(f.days);
    if (days !== undefined && (!Number.isFinite(days) || days <= 0)) throw new BrinkError('BAD_REQUEST', { detail: '--days must be a positive number' });
    const store = await openEngineStore(f.db);
    try {
      const t = await addToken(store, name, { ...(f.label ? { label: f.label } : {}), ...(days ? { days } : {}) });
      await store.auth.audit({ who: 'cli', action: 'token.create', record: `user:${name}`, detail: { label: f.label ?? null, expiresAt: t.expiresAt ?? null } });
      console.log(t.token);
      console.error(`token for ${name}${t.expiresAt ? `, expires ${t.expiresAt}` : ''}: shown once, store it now`);
    } finally {
      await store.close();
    }
  });
}
