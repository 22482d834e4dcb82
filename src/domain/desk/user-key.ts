import { createHash } from 'node:crypto';

/**
 * A user's pseudonymous key for the desk's index (the hourly limit, "my last request"):
 * a hash of the channel and the Teams user id, so the index itself names nobody.
 */
export function userKeyOf(channelId: string, userId: string): string {
  return createHash('sha256').update(`sahayak-desk|${channelId}|${userId}`).digest('hex').slice(0, 24);
}
