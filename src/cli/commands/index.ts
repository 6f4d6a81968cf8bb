import type { Command } from 'commander';

/** A CLI command module: adds its subcommand (with --help text) to the program. */
export type Register = (program: Command) => void;

/** Every subcommand, in the order `brink --help` lists them. */
export async function commands(): Promise<Register[]> {
  const mods = await Promise.all([
    import('./ingest.js'),
    import('./start.js'),
    import('./analyze.js'),
    import('./annotate.js'),
    import('./code.js'),
    import('./eval.js'),
    import('./dyad.js'),
    import('./alerts.js'),
    import('./ceasefires.js'),
    import('./engagement.js'),
    import('./recode.js'),
    import('./import.js'),
    import('./export.js'),
    import('./serve.js'),
    import('./worker.js'),
    import('./feeds.js'),
    import('./status.js'),
    import('./user.js'),
  ]);
  return mods.map((m) => m.default);
}
