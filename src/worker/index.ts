/**
 * Distributed ingestion: a BullMQ queue over Redis, idempotent workers writing to the store,
 * feed polling on a schedule, producer back-pressure and queue status.
 */
export { startWorker, processJob, type WorkerOptions, type RunningWorker, type WorkerStats, type JobEvent } from './worker.js';
export { openQueue, enqueueDocuments, enqueueUrl, documentJobId, parsePayload, JOB, JOB_DEFAULTS, type EnqueueOptions, type EnqueueSummary } from './queue.js';
export { queueStatus, statusOf, formatStatus, pingRedis, type QueueStatus } from './status.js';
export { loadFeeds, saveFeeds, addFeed, removeFeed, feedsPath, syncFeedSchedulers, pollFeed, readFeed, type FeedDef } from './feeds.js';
export { decideFlow, waterFrom, DEFAULT_WATER, type Water } from './backpressure.js';
export { workerStoreConfig, connectionOptions, DEFAULT_REDIS_URL, DEFAULT_PREFIX, QUEUE_NAME } from './config.js';
