import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { createCoderAsync } from '../../engine/coder.js';
import { BrinkError, toBrinkError } from '../../domain/errors.js';

/** One NDJSON input line → one output object (never throws). */
export function codeLine(coder: (i: { id: string; text: string; date: string }) => unknown[], line: string, lineNo: number): object {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { error: new BrinkError('BAD_NDJSON_LINE', { line: lineNo, detail: e instanceof Error ? e.message : String(e) }).toJSON() };
  }
  const r = rec as { id?: unknown; text?: unknown; date?: unknown };
  const id = typeof r?.id === 'string' || typeof r?.id === 'number' ? String(r.id) : undefined;
  const withId = id !== undefined ? { id } : {};
  if (!rec || typeof rec !== 'object' || id === undefined || typeof r.text !== 'string' || typeof r.date !== 'string') {
    return { ...withId, error: new BrinkError('BAD_NDJSON_LINE', { line: lineNo, detail: 'expected {"id": string, "text": string, "date": "YYYY-MM-DD"}' }).toJSON() };
  }
  try {
    return { id, events: coder({ id, text: r.text, date: r.date }) };
  } catch (e) {
    const err = toBrinkError(e, `line ${lineNo}`);
    return { id, error: { code: err.code, message: err.message } };
  }
}

export default function register(program: Command): void {
  program
    .command('code')
    .description('code events: NDJSON {id, text, date} lines on stdin → NDJSON {id, events} lines on stdout')
    .addHelpText('after', `
Input: one JSON object a line, {"id": "...", "text": "...", "date": "YYYY-MM-DD" or an ISO instant}.
Output: one line per non-blank input line, in order: {"id": "...", "events": [Event, ...]}.
Every event carries its modality (asserted, negated, hypothetical, future-intent, speculative,
question); only asserted events count as events downstream. A statement addressed to no one in a
sentence that codes nothing else ("X said." → 010 X→-) is no event and is left out unless
--bare-statements is given. A bad line gives
{"id"?: "...", "error": {"code": "...", "message": "..."}} on that line and coding continues.
Blank lines are skipped.

Example:
  echo '{"id":"a1","text":"Arnor condemned the shelling.","date":"2025-05-11"}' | brink code`)
    .option('--bare-statements', 'keep statements addressed to no one in sentences that code nothing else')
    .action(async (opts: { bareStatements?: boolean }) => {
      const coder = await createCoderAsync({ bareStatements: !!opts.bareStatements });
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        const ok = process.stdout.write(`${JSON.stringify(codeLine(coder, line, n))}\n`);
        if (!ok) await new Promise((r) => process.stdout.once('drain', r));
      }
    });
}
