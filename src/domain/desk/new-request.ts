import type { Lang, TopicId } from '../types';
import type { DeskRequest, DeskSettings, UserAddress } from './types';

/** What a new request is made of: the confirmed question, the user's address, the desk it goes to. */
export interface NewRequest {
  readonly n: number;
  readonly question: string;
  readonly lang: Lang;
  readonly topic: TopicId | null;
  readonly now: Date;
  /** True when the desk was closed at `now`. */
  readonly outOfHours: boolean;
  readonly user: UserAddress;
  readonly desk: DeskSettings;
}

/** A fresh request: open, its card still to be posted (the first item of its outbox). */
export function newRequest(r: NewRequest): DeskRequest {
  const at = r.now.toISOString();
  return {
    n: r.n,
    version: 1,
    question: r.question,
    lang: r.lang,
    topic: r.topic,
    createdAt: at,
    outOfHours: r.outOfHours,
    status: 'open',
    reopenCount: 0,
    user: r.user,
    post: { channelId: r.desk.channelId, serviceUrl: r.desk.serviceUrl, tenantId: r.desk.tenantId, botId: r.desk.botId },
    outbox: [{ id: '1:post', kind: 'post', at }],
  };
}
