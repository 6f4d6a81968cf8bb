/**
 * In-process wake-up for the SSE streams: POST /api/documents notifies after it stored new
 * alerts, and every open stream re-reads the store at once instead of waiting for its next poll.
 */
export type Listener = () => void;

export class AlertBus {
  private readonly listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  notify(): void {
    for (const fn of this.listeners) fn();
  }

  get size(): number {
    return this.listeners.size;
  }
}
