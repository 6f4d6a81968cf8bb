/**
 * Export throughput and memory: streams N synthetic events (no store) through the CSV and GeoJSON
 * writers into a byte counter, sampling RSS as it goes. Memory should stay flat whatever N is.
 *   npx tsx bench/export/run.ts [count=1000000] [formats=csv,geojson]
 */
import { performance } from 'node:perf_hooks';
import { exportEvents, isExportFormat, type ExportFormat } from '../../src/interop/index.js';
import { syntheticEvents } from '../../src/interop/test-util.js';

const N = Number(process.argv[2] ?? 1_000_000);
const FORMATS = (process.argv[3] ?? 'csv,geojson').split(',').filter(isExportFormat);
const MB = 1024 * 1024;

async function run(format: ExportFormat): Promise<void> {
  global.gc?.();
  const rss: number[] = [];
  const sample = (i: number): void => {
    if (i % (N / 10) === 0) rss.push(process.memoryUsage().rss);
  };
  let bytes = 0;
  let chunks = 0;
  const t0 = performance.now();
  for await (const c of exportEvents(format, syntheticEvents(N, sample))) {
    bytes += Buffer.byteLength(c, 'utf8');
    chunks++;
  }
  const secs = (performance.now() - t0) / 1000;
  rss.push(process.memoryUsage().rss);
  const mb = rss.map((r) => (r / MB).toFixed(0));
  console.log(
    `${format.padEnd(8)} ${N.toLocaleString('en')} events in ${secs.toFixed(1)} s = ${Math.round(N / secs).toLocaleString('en')} events/s, ` +
      `${(bytes / MB).toFixed(0)} MB in ${chunks} chunks; RSS MB at each tenth: ${mb.join(' ')} (peak ${(Math.max(...rss) / MB).toFixed(0)})`,
  );
}

for (const f of FORMATS) await run(f);
console.log(`process max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
