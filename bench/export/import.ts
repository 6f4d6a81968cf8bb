/**
 * Import memory: writes a large synthetic GDELT export (plain, then zipped), streams it through
 * readGdelt and samples RSS. Memory should not grow with the file size.
 *   npx tsx bench/export/import.ts [rows=500000]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Zip, ZipDeflate } from 'fflate';
import { readGdelt } from '../../src/interop/gdelt.js';
import { gdeltLine } from '../../src/interop/test-util.js';

const N = Number(process.argv[2] ?? 500_000);
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'brink-import-bench-'));

function line(i: number): string {
  return (
    gdeltLine({
      GLOBALEVENTID: String(i + 1),
      SOURCEURL: `https://site${i % 97}.example/story/${i}`,
      EventCode: ['0231', '190', '042', '1823'][i % 4] ?? '010',
    }) + '\n'
  );
}

async function writePlain(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < N; i++) if (!out.write(line(i))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeZip(path: string): Promise<void> {
  const out = createWriteStream(path);
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.write(data);
  });
  const entry = new ZipDeflate('bench.export.CSV', { level: 6 });
  zip.add(entry);
  const enc = new TextEncoder();
  for (let i = 0; i < N; i++) {
    entry.push(enc.encode(line(i)), false);
    if (out.writableLength > 8 * MB) await once(out, 'drain');
  }
  entry.push(new Uint8Array(0), true);
  zip.end();
  out.end();
  await once(out, 'finish');
}

async function read(path: string): Promise<void> {
  global.gc?.();
  const rss: number[] = [];
  let events = 0;
  let errors = 0;
  const t0 = performance.now();
  for await (const r of readGdelt(path)) {
    if (r.event) events++;
    else errors++;
    if ((events + errors) % Math.max(1, Math.floor(N / 10)) === 0) rss.push(process.memoryUsage().rss);
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `${path.endsWith('.zip') ? 'zip  ' : 'plain'} ${(statSync(path).size / MB).toFixed(0)} MB, ${events} events, ${errors} errors in ${secs.toFixed(1)} s ` +
      `(${Math.round(N / secs).toLocaleString('en')} rows/s); RSS MB at each tenth: ${rss.map((r) => (r / MB).toFixed(0)).join(' ')}`,
  );
}

try {
  const plain = join(dir, 'bench.export.CSV');
  const zip = join(dir, 'bench.export.CSV.zip');
  await writePlain(plain);
  await writeZip(zip);
  await read(plain);
  await read(zip);
  console.log(`process max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
