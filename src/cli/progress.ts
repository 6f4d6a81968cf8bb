/**
 * A one-line progress bar on stderr with counts and rate; silent when stderr is not a TTY
 * (pipes, CI) so machine-readable output stays clean.
 */
export interface Progress {
  tick(counts: Record<string, number>): void;
  /** Print a line above the bar (the bar is redrawn after it). */
  log(line: string): void;
  done(): void;
}

export function progress(opts: { total?: number; label?: string; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const out = process.stdout;
  if (!stream.isTTY) {
    return { tick() {}, log: (line) => void out.write(line + '\n'), done() {} };
  }
  const started = Date.now();
  let last = 0;
  let line = '';
  let n = 0;
  const draw = (counts: Record<string, number>): void => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = (n / secs).toFixed(1);
    const width = 24;
    const frac = opts.total ? Math.min(n / opts.total, 1) : (n % width) / width;
    const filled = Math.round(frac * width);
    const bar = opts.total ? '█'.repeat(filled) + '░'.repeat(width - filled) : '░'.repeat(filled) + '█' + '░'.repeat(Math.max(width - filled - 1, 0));
    const of = opts.total ? `/${opts.total}` : '';
    const tail = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(' · ');
    line = `${opts.label ?? ''} ${bar} ${n}${of} · ${rate}/s · ${tail}`.trim();
    stream.write(`\r\x1b[2K${line}`);
  };
  let lastCounts: Record<string, number> = {};
  return {
    tick(counts) {
      n++;
      lastCounts = counts;
      const now = Date.now();
      if (now - last > 80) {
        last = now;
        draw(counts);
      }
    },
    log(text) {
      stream.write('\r\x1b[2K');
      out.write(text + '\n');
      if (line) draw(lastCounts);
    },
    done() {
      if (n) draw(lastCounts);
      stream.write('\n');
    },
  };
}
