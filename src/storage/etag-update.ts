import type { Storage, StoreItem } from './storage';

/** True when a write failed because the item changed since it was read (eTag mismatch, HTTP 412). */
export function isETagConflict(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { statusCode?: unknown; message?: unknown };
  return e.statusCode === 412 || (typeof e.message === 'string' && /etag conflict/i.test(e.message));
}

/** Result of a read-modify-write. */
export interface UpdateResult<T> {
  readonly value: T;
  /** How many attempts it took (1 when nobody else wrote in between). */
  readonly attempts: number;
}

/**
 * Read-modify-write of one item with optimistic concurrency: the write carries the
 * eTag of the read, so a concurrent change makes it fail (412) instead of being
 * overwritten; then, after a short random pause, it reads again and re-applies `mutate`,
 * up to `maxAttempts` times.
 */
export async function updateItem<T extends StoreItem>(
  storage: Storage,
  key: string,
  mutate: (current: T | undefined) => T,
  maxAttempts = 5,
): Promise<UpdateResult<T>> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const current = (await storage.read([key]))[key] as T | undefined;
    const next = mutate(current ? { ...current } : undefined);
    // No eTag yet (a new item): '*' would overwrite blindly, so a first write races; the retry covers it.
    const eTag = current?.eTag ?? '*';
    try {
      await storage.write({ [key]: { ...next, eTag } });
      return { value: next, attempts: attempt };
    } catch (err) {
      if (!isETagConflict(err)) throw err;
      lastError = err;
      // Jittered back-off, so writers that collided do not collide again in lockstep.
      if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
    }
  }
  throw lastError;
}
