import { Command } from 'commander';
import { commands } from './commands/index.js';
import { isBrinkError } from '../domain/errors.js';

async function main(): Promise<void> {
  const program = new Command();
  program
    .name('brink')
    .description('Crisis early-warning and diplomacy tracker: news in, coded events with evidence out.')
    .showHelpAfterError();
  for (const register of await commands()) register(program);
  await program.parseAsync(process.argv);
}

main().catch((e: unknown) => {
  if (isBrinkError(e)) console.error(`brink: ${e.describe()}`);
  else console.error(`brink: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 2;
});
