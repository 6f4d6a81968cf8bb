import type { Command } from 'commander';
import { readSources } from '../../ingest/index.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { renderMarkdown, renderText, type Style } from '../../story/index.js';
import { BrinkError } from '../../domain/errors.js';

interface Flags {
  published?: string;
  outlet?: string;
  json?: boolean;
  markdown?: boolean;
  allowPrivate?: boolean;
}

const COLOR: Style = {
  heading: (s) => `\x1b[1;36m${s}\x1b[0m`,
  dim: (s) => `\x1b[2m${s}\x1b[0m`,
  strong: (s) => `\x1b[1m${s}\x1b[0m`,
};

export default function register(program: Command): void {
  program
    .command('analyze')
    .description('the article report: who, timeline, ceasefires, mediation contacts, claims and sourcing, issues, other actors')
    .argument('<source>', 'a file (txt, md, html, ...) or an http(s) URL; a feed or NDJSON file gives one report per item')
    .option('--published <date>', 'publication date (YYYY-MM-DD or ISO instant) when the source has none')
    .option('--outlet <name>', 'outlet name when the source has none')
    .option('--json', 'the report as JSON (schema brink.article-report/1, see docs/article-report.md)')
    .option('--markdown', 'the report as Markdown, for a briefing')
    .option('--allow-private', 'allow fetching private or loopback addresses (testing only)')
    .action(async (source: string, flags: Flags) => {
      if (flags.published && Number.isNaN(Date.parse(flags.published))) throw new BrinkError('BAD_DATE', { value: flags.published });
      const analyze = await createAnalyzer();
      const colour = Boolean(process.stdout.isTTY) && !flags.json && !flags.markdown && !process.env.NO_COLOR;
      let failed = 0;
      for await (const item of readSources([source], { published: flags.published, outlet: flags.outlet, allowPrivate: Boolean(flags.allowPrivate) })) {
        if (!item.doc) {
          failed++;
          console.error(`failed: ${item.error?.describe() ?? item.origin}`);
          continue;
        }
        const { report } = analyze(item.doc);
        if (flags.json) console.log(JSON.stringify(report, null, 2));
        else if (flags.markdown) console.log(renderMarkdown(report));
        else console.log(renderText(report, colour ? COLOR : undefined));
      }
      if (failed) process.exitCode = 1;
    });
}
