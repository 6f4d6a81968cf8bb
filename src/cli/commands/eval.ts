import type { Command } from 'commander';
import { join } from 'node:path';
import { createCoderAsync } from '../../engine/coder.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { SHARED_DIR } from '../../engine/paths.js';
import { BrinkError } from '../../domain/errors.js';
import { runEval, formatReport, type EvalSet } from '../../eval/index.js';

const SETS: EvalSet[] = ['articles', 'plover', 'quad'];

export default function register(program: Command): void {
  program
    .command('eval')
    .description('score the event coder on gold sets (default ../shared/eval)')
    .argument('[dir]', 'a folder laid out like ../shared/eval (articles/*.gold.json, sentences/*.jsonl)')
    .option('--set <name>', `only one set: ${SETS.join(' | ')}`)
    .option('--json', 'print the full report as JSON')
    .addHelpText('after', `
Sets:
  articles  article gold: events matched on source country, target country, CAMEO root and date;
            required events → recall, optional → neutral, others → false positives; must-not violations
  plover    sentences with PLOVER categories: category accuracy, P/R/F1 per category, triple F1
  quad      ConfliBERT 5-way classes (0 statement, 1 verbal coop, 2 material coop, 3 verbal conflict,
            4 material conflict): accuracy, macro-F1, confusion matrix
Exit code 0 when it ran (whatever the scores), 2 on bad input.`)
    .action(async (dir: string | undefined, flags: { set?: string; json?: boolean }) => {
      if (flags.set && !SETS.includes(flags.set as EvalSet)) throw new BrinkError('BAD_REQUEST', { detail: `--set must be one of ${SETS.join(', ')}` });
      const coder = await createCoderAsync();
      const analyze = await createAnalyzer();
      const ceasefires = (i: { id: string; text: string; date: string }) =>
        analyze({ id: i.id, text: i.text, published: i.date }).report.ceasefires.map((c) => ({ parties: c.parties, effective_utc: c.effective?.utc ?? null }));
      const report = runEval(dir ?? join(SHARED_DIR, 'eval'), coder, flags.set ? [flags.set as EvalSet] : SETS, ceasefires);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    });
}
