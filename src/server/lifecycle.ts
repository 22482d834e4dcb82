import net from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Response } from 'restify';

/** After the drain begins, a keep-alive connection quiet this long is closed (a busy client sends its next request sooner, and is answered). */
const QUIET_MS = 300;

type Answer = Pick<Response, 'setHeader' | 'headersSent'>;
const BUSY = Symbol('sahayak.requestsOnSocket');
const QUIET_SINCE = Symbol('sahayak.quietSince');
type Tracked = net.Socket & { [BUSY]?: number; [QUIET_SINCE]?: number };

/**
 * Counts requests in flight and drains them on shutdown: stop accepting, let every
 * request already received finish (answers included), then resolve.
 */
export class Lifecycle {
  private inFlight = 0;
  private draining = false;
  private idle: (() => void)[] = [];
  private readonly open = new Set<Answer>();
  private readonly sockets = new Set<Tracked>();

  /** True once shutdown began (readiness then answers 503 so the balancer stops sending). */
  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests received and not yet answered. */
  get active(): number {
    return this.inFlight;
  }

  /** Keeps track of the server's connections (call once, when it is created), so a drain can close the quiet ones. */
  watch(server: HttpServer): void {
    server.on('connection', (socket: Tracked) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** Counts a request in flight (until {@link end}); while draining, asks the client to close the connection. */
  begin(res: Answer, socket?: net.Socket): void {
    this.inFlight++;
    this.open.add(res);
    if (socket) (socket as Tracked)[BUSY] = ((socket as Tracked)[BUSY] ?? 0) + 1;
    if (this.draining) closeAfter(res);
  }

  /** The request counted by {@link begin} has ended (answered or aborted). */
  end(res?: Answer, socket?: net.Socket): void {
    this.inFlight--;
    if (res) this.open.delete(res);
    if (socket) {
      (socket as Tracked)[BUSY] = ((socket as Tracked)[BUSY] ?? 1) - 1;
      (socket as Tracked)[QUIET_SINCE] = Date.now();
    }
    if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /**
   * Stops accepting connections; every answer from now on (those in flight included) carries
   * `Connection: close`, so a keep-alive client closes its connection after it instead of reusing
   * it. A connection that sends a request gets its answer; one that stays quiet for a moment is
   * closed. Waits for requests in flight (at most `graceMs`). Resolves true when all finished.
   */
  async drain(server: HttpServer, graceMs: number): Promise<boolean> {
    this.draining = true;
    const began = Date.now();
    for (const res of this.open) closeAfter(res);
    // net.Server's close, not http.Server's: that one also destroys every idle keep-alive connection at
    // once, resetting a request a client was sending on it at that very moment.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    const closeQuiet = (): void => {
      const now = Date.now();
      for (const socket of this.sockets) {
        if (!socket[BUSY] && now - Math.max(socket[QUIET_SINCE] ?? 0, began) >= QUIET_MS) socket.destroy();
      }
    };
    const sweep = setInterval(closeQuiet, 50);
    const finished = this.inFlight === 0 || (await Promise.race([
      new Promise<boolean>((resolve) => this.idle.push(() => resolve(true))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]));
    if (!finished) server.closeAllConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    clearInterval(sweep);
    server.closeAllConnections();
    return finished;
  }
}

/** An answer not yet sent will ask the client to close the connection after it. */
function closeAfter(res: Answer): void {
  if (res.headersSent) return;
  res.setHeader('connection', 'close');
  (res as unknown as { shouldKeepAlive: boolean }).shouldKeepAlive = false;
}
