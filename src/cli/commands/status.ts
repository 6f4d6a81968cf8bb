/** `brink status`: queue depth, throughput over the last minute, workers and recent failures. */
import type { Command } from 'commander';
import { formatStatus, queueStatus } from '../../worker/index.js';
import { queueOptions } from './worker.js';

export default function register(program: Command): void {
  queueOptions(program.command('status').description('show the ingestion queue: depth, rate, workers, recent failures'))
    .option('--json', 'print the status as JSON')
    .action(async (flags: { redis: string; prefix?: string; json?: boolean }) => {
      const s = await queueStatus({ redisUrl: flags.redis, ...(flags.prefix ? { prefix: flags.prefix } : {}) });
      console.log(flags.json ? JSON.stringify(s, null, 2) : formatStatus(s));
    });
}
