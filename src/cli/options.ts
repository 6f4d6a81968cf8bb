import type { Command } from 'commander';

export interface DbOpts {
  db?: string;
}

/** Adds `--db` (an SQLite path or a postgres:// URL; default $BRINK_DB, then .brink/brink.sqlite). */
export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', 'store: an SQLite file path or a postgres:// URL (env BRINK_DB)', process.env.BRINK_DB);
}
