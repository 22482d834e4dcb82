import type { Server as HttpServer } from 'node:http';
import type { Response } from 'restify';

/**
 * Counts requests in flight and drains them on shutdown: stop accepting, let every
 * request already received finish (answers included), then resolve.
 */
export class Lifecycle {
  private inFlight = 0;
  private draining = false;
  private idle: (() => void)[] = [];

  /** True once shutdown began (readiness then answers 503 so the balancer stops sending). */
  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests received and not yet answered. */
  get active(): number {
    return this.inFlight;
  }

  /** Counts a request in flight (until {@link end}); while draining, asks the client to close the connection. */
  begin(res: Pick<Response, 'setHeader'>): void {
    this.inFlight++;
    if (this.draining) res.setHeader('connection', 'close');
  }

  /** The request counted by {@link begin} has ended (answered or aborted). */
  end(): void {
    this.inFlight--;
    if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /**
   * Stops accepting connections, waits for requests in flight (at most `graceMs`),
   * then closes the remaining keep-alive connections. Resolves true when all finished.
   */
  async drain(server: HttpServer, graceMs: number): Promise<boolean> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = this.inFlight === 0 || (await Promise.race([
      new Promise<boolean>((resolve) => this.idle.push(() => resolve(true))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]));
    server.closeIdleConnections();
    if (!finished) server.closeAllConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    return finished;
  }
}
