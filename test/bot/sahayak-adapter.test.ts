import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { SahayakAdapter } from '../../src/bot/sahayak-adapter';

/** An `expectReplies` message as Teams would post it (auth off: no app id). */
function activity(extra: Partial<Activity> = {}): Activity {
  return {
    type: 'message', text: 'hello', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
    from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' }, ...extra,
  } as Activity;
}

describe('SahayakAdapter.runTurn', () => {
  const adapter = new SahayakAdapter(new ConfigurationBotFrameworkAuthentication({}));

  test('runs the turn and returns the replies in the response body', async () => {
    const response = await adapter.runTurn('', activity(), async (context) => {
      await context.sendActivity(`got ${context.activity.text}`);
    });
    expect(response?.status).toBe(200);
    expect((response?.body as { activities: Activity[] }).activities.map((a) => a.text)).toEqual(['got hello']);
  });

  test('turns timestamp strings into dates and keeps the raw text, as CloudAdapter.process does', async () => {
    const seen: Partial<Activity>[] = [];
    await adapter.runTurn('', activity({ timestamp: '2026-11-23T09:00:00.000Z', localTimestamp: '2026-11-23T14:30:00.000+05:30', expiration: '2026-11-24T09:00:00.000Z' } as never), async (context) => {
      seen.push({ ...context.activity });
    });
    expect(seen[0].timestamp).toEqual(new Date('2026-11-23T09:00:00.000Z'));
    expect(seen[0].localTimestamp).toBeInstanceOf(Date);
    const raw = seen[0] as Record<string, unknown>; // botbuilder's raw* fields are not in its Activity type
    expect(raw.rawTimestamp).toBe('2026-11-23T09:00:00.000Z');
    expect(raw.rawLocalTimestamp).toBe('2026-11-23T14:30:00.000+05:30');
    expect(seen[0].expiration).toEqual(new Date('2026-11-24T09:00:00.000Z'));
    expect(raw.rawExpiration).toBe('2026-11-24T09:00:00.000Z');
  });

  test('with an app id, a missing token is refused with a 401 status error before any turn', async () => {
    const secured = new SahayakAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' }));
    let turns = 0;
    await expect(secured.runTurn('', activity(), async () => void turns++)).rejects.toMatchObject({ statusCode: 401 });
    expect(turns).toBe(0);
  });
});
