import { newRequest, type DeskRequest, type DeskSettings, type StaffMember, type UserAddress } from '../../src/domain/desk';

export const NOW = new Date('2026-11-23T06:00:00Z'); // Monday 11:30 India time: the desk is open

export const PRIYA: StaffMember = Object.freeze({ id: '29:priya', name: 'Priya Sharma' });
export const RAVI: StaffMember = Object.freeze({ id: '29:ravi', name: 'Ravi Kumar' });

export const USER: UserAddress = Object.freeze({
  channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversationId: 'a:personal-1', tenantId: 'tenant-1',
  botId: '28:sahayak', userId: '29:asha', userName: 'Asha Verma', userPrincipalName: 'asha.verma@example.gov.in',
});

export const DESK: DeskSettings = Object.freeze({
  channelId: '19:desk@thread.tacv2', teamId: '19:team@thread.tacv2', serviceUrl: 'http://127.0.0.1:9/', tenantId: 'tenant-1',
  botId: '28:sahayak', lang: 'en', setBy: PRIYA, setAt: NOW.toISOString(),
});

/** A request as just made (open, its card still to post), with any fields replaced. */
export function request(patch: Partial<DeskRequest> = {}): DeskRequest {
  const base = newRequest({ n: 42, question: 'OTP is not coming on my mobile', lang: 'en', topic: 'otp-problem', now: NOW, outOfHours: false, user: USER, desk: DESK });
  return { ...base, outbox: [], ...patch };
}
