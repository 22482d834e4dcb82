/** What {@link CheckLimiter.run} gave: the task's value, or `busy` when every slot and the queue were taken. */
export type Limited<T> = { readonly busy: false; readonly value: T } | { readonly busy: true };

/**
 * File checks are a bounded resource: at most `atOnce` run together, at most `queue` wait for a slot,
 * and anything beyond is turned away at once (the caller says "busy, try again in a minute").
 */
export class CheckLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly atOnce: number, readonly queue: number) {}

  /** True when a new check would be turned away (every slot busy, the queue full). */
  get full(): boolean {
    return this.running >= this.atOnce && this.waiting.length >= this.queue;
  }

  /** Checks running and waiting now. */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `task` in a free slot (waiting in the queue if need be), or resolves `busy` at once. */
  async run<T>(task: () => Promise<T>): Promise<Limited<T>> {
    if (this.running >= this.atOnce) {
      if (this.waiting.length >= this.queue) return { busy: true };
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return { busy: false, value: await task() };
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next in line
      else this.running--;
    }
  }
}
