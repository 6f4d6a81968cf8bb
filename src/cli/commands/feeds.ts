/** `brink feeds add|list|remove|poll|sync`: RSS/Atom feeds polled on a schedule by the workers. */
import type { Command } from 'commander';
import { BrinkError } from '../../domain/errors.js';
import { addFeed, feedsPath, loadFeeds, openQueue, pingRedis, pollFeed, removeFeed, saveFeeds, syncFeedSchedulers } from '../../worker/index.js';
import { queueOptions } from './worker.js';

interface FeedFlags {
  redis: string;
  prefix?: string;
  file?: string;
  every?: string;
  sync?: boolean;
  allowPrivate?: boolean;
  json?: boolean;
}

export default function register(program: Command): void {
  const feeds = program.command('feeds').description('manage the RSS/Atom feeds the workers poll (file brink.feeds.json, env BRINK_FEEDS)');
  const common = (c: Command): Command => queueOptions(c).option('--file <path>', 'feeds file (default $BRINK_FEEDS or ./brink.feeds.json)');

  common(feeds.command('add').argument('<url>', 'feed URL (http/https)').description('add a feed (or change its interval)'))
    .option('--every <minutes>', 'poll interval in minutes', '15')
    .option('--no-sync', 'only write the file; do not install the schedule in Redis now')
    .action(async (url: string, flags: FeedFlags) => {
      const every = Number(flags.every);
      if (!Number.isInteger(every) || every < 1) throw new BrinkError('BAD_REQUEST', { detail: '--every must be a whole number of minutes ≥ 1' });
      const file = feedsPath(flags.file);
      const { feeds: list, feed } = addFeed(loadFeeds(file), url, every);
      saveFeeds(file, list);
      console.log(`feed ${feed.id}: ${feed.url} every ${feed.everyMinutes} min (${file})`);
      if (flags.sync !== false) await sync(flags, file);
    });

  common(feeds.command('remove').argument('<id|url>').description('remove a feed and its schedule'))
    .option('--no-sync', 'only write the file')
    .action(async (idOrUrl: string, flags: FeedFlags) => {
      const file = feedsPath(flags.file);
      const before = loadFeeds(file);
      const after = removeFeed(before, idOrUrl);
      if (after.length === before.length) throw new BrinkError('NOT_FOUND_RECORD', { what: 'feed', id: idOrUrl });
      saveFeeds(file, after);
      console.log(`removed ${idOrUrl}`);
      if (flags.sync !== false) await sync(flags, file);
    });

  common(feeds.command('list').description('list the feeds'))
    .option('--json', 'print JSON')
    .action((flags: FeedFlags) => {
      const list = loadFeeds(feedsPath(flags.file));
      if (flags.json) console.log(JSON.stringify(list, null, 2));
      else if (!list.length) console.log('no feeds (add one with: brink feeds add URL --every 15)');
      else for (const f of list) console.log(`${f.id.padEnd(40)} every ${String(f.everyMinutes).padStart(4)} min  ${f.url}`);
    });

  common(feeds.command('sync').description('install the schedules of the feeds file in Redis (workers also do this at start)'))
    .action(async (flags: FeedFlags) => sync(flags, feedsPath(flags.file)));

  common(feeds.command('poll').argument('[id|url...]', 'feeds to poll (default: all)').description('poll feeds once now: queue their new items'))
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses (testing only)')
    .action(async (which: string[], flags: FeedFlags) => {
      const list = loadFeeds(feedsPath(flags.file)).filter((f) => !which.length || which.includes(f.id) || which.includes(f.url));
      if (!list.length) throw new BrinkError('NOT_FOUND_RECORD', { what: 'feed', id: which.join(', ') || '(none in the file)' });
      await pingRedis(flags.redis);
  const queue = openQueue({ redisUrl: flags.redis, ...(flags.prefix ? { prefix: flags.prefix } : {}) });
      try {
        for (const f of list) {
          try {
            const r = await pollFeed(queue, { feedId: f.id, url: f.url }, { allowPrivate: Boolean(flags.allowPrivate) });
            console.log(`${f.id}: ${r.items} items, ${r.enqueued} queued${r.failed.length ? `, ${r.failed.length} unreadable` : ''}`);
          } catch (e) {
            process.exitCode = 1;
            console.error(`${f.id}: ${e instanceof BrinkError ? e.describe() : String(e)}`);
          }
        }
      } finally {
        await queue.close();
      }
    });
}

async function sync(flags: FeedFlags, file: string): Promise<void> {
  await pingRedis(flags.redis);
  const queue = openQueue({ redisUrl: flags.redis, ...(flags.prefix ? { prefix: flags.prefix } : {}) });
  try {
    const r = await syncFeedSchedulers(queue, loadFeeds(file));
    console.log(`schedules: ${r.scheduled} installed, ${r.removed} removed`);
  } finally {
    await queue.close();
  }
}
