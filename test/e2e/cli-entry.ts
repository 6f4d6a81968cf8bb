/**
 * A CLI with only the queue commands (worker, enqueue, status, feeds), for end-to-end tests and
 * the scale bench: it works whether or not src/cli/commands/index.ts registers them yet.
 *   node --import tsx test/e2e/cli-entry.ts worker --db postgres://... --redis redis://...
 */
import { Command } from 'commander';
import { isBrinkError } from '../../src/domain/errors.js';
import worker from '../../src/cli/commands/worker.js';
import status from '../../src/cli/commands/status.js';
import feeds from '../../src/cli/commands/feeds.js';

const program = new Command().name('brink').showHelpAfterError();
for (const register of [worker, status, feeds]) register(program);
program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`brink: ${isBrinkError(e) ? e.describe() : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
