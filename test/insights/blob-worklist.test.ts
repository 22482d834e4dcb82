import { PassThrough } from 'node:stream';
import { BlobServiceClient } from '@azure/storage-blob';
import { runInsights } from '../../src/cli/commands/insights';
import { loadConfig } from '../../src/config';
import { BlobInsightsStore } from '../../src/insights/blob-insights-store';
import type { InsightEvent } from '../../src/insights';
import { message, post, startTestApp, type TestApp } from '../server/helpers/http-app';
import { startAzurite, type Azurite } from '../storage/azurite';

/**
 * One worklist for all instances: with a blob connection string, every instance appends to Azure
 * append blobs (Azurite here, started by the test), and `sahayak insights` reads them all.
 */
let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

const NOW = new Date('2026-11-24T00:00:00Z');
const fast = { delayMs: 5, maxEvents: 7 };
const unanswered = (i: number, at = '2026-11-23T06:00:00.000Z'): InsightEvent => ({ type: 'unanswered', at, lang: 'en', kind: 'decline', question: `question number ${i}` });

async function insightsCli(args: string[], container: string): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  const config = loadConfig({ SAHAYAK_BLOB_CONNECTION_STRING: azurite.connectionString, SAHAYAK_INSIGHTS_CONTAINER: container });
  expect(await runInsights(args, { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, config)).toBe(0);
  return out;
}

describe('the append-blob store', () => {
  it('two writers appending at once lose no entry; a third reads them all, oldest first', async () => {
    const [a, b] = [0, 1].map(() => new BlobInsightsStore(azurite.connectionString, 'two-writers', { batch: fast }));
    await Promise.all([a, b].map(async (store, w) => {
      for (let i = 0; i < 150; i++) await store.append(unanswered(w * 1000 + i, `2026-11-23T06:${String(i % 60).padStart(2, '0')}:00.000Z`));
      await store.flush();
    }));
    const all = await new BlobInsightsStore(azurite.connectionString, 'two-writers').read(NOW);
    expect(all).toHaveLength(300);
    expect(new Set(all.map((e) => (e as { question: string }).question)).size).toBe(300);
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort());
  });

  it('starts a new blob when one is full, and reads across them', async () => {
    const store = new BlobInsightsStore(azurite.connectionString, 'rollover', { batch: { delayMs: 1, maxEvents: 1 }, maxBlocksPerBlob: 3 });
    for (let i = 0; i < 10; i++) {
      await store.append(unanswered(i));
      await store.flush();
    }
    expect(await store.read(NOW)).toHaveLength(10);
    const names: string[] = [];
    for await (const blob of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('rollover').listBlobsFlat()) names.push(blob.name);
    expect(names.length).toBe(4);
    expect(names.every((n) => /^insights\/\d{4}-\d{2}-\d{2}\/[0-9a-f]{8}-\d+\.jsonl$/.test(n))).toBe(true);
  });

  it('purge deletes what has expired, keeps the rest, and loses nothing appended while it runs', async () => {
    const writer = new BlobInsightsStore(azurite.connectionString, 'purge', { batch: fast, retentionDays: 30 });
    for (let i = 0; i < 20; i++) await writer.append(unanswered(i, '2026-09-01T00:00:00.000Z'));
    for (let i = 20; i < 30; i++) await writer.append(unanswered(i));
    await writer.flush();
    const purging = new BlobInsightsStore(azurite.connectionString, 'purge').purge(NOW);
    for (let i = 30; i < 60; i++) await writer.append(unanswered(i));
    await writer.flush();
    expect(await purging).toBe(20);
    const left = await new BlobInsightsStore(azurite.connectionString, 'purge').read(NOW);
    expect(left.map((e) => (e as { question: string }).question).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `question number ${i + 20}`).sort());
    expect(await new BlobInsightsStore(azurite.connectionString, 'purge').purge(NOW)).toBe(0);
  });

  it('a store that cannot reach the service reports the error and never throws', async () => {
    const errors: unknown[] = [];
    const store = new BlobInsightsStore('DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;', 'down', {
      batch: fast, onError: (e) => errors.push(e),
    });
    await expect(store.append(unanswered(1))).resolves.toBeUndefined();
    await expect(store.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  }, 30_000);
});

describe('two server instances behind one worklist', () => {
  let one: TestApp;
  let two: TestApp;
  const container = 'two-instances';
  beforeAll(async () => {
    const env = { SAHAYAK_BLOB_CONNECTION_STRING: azurite.connectionString, SAHAYAK_BLOB_CONTAINER: 'state-two-instances', SAHAYAK_INSIGHTS_CONTAINER: container };
    [one, two] = await Promise.all([startTestApp(env), startTestApp(env)]);
  }, 30_000);

  it('write insights at once, and `sahayak insights` shows every one of them', async () => {
    const turns = Array.from({ length: 40 }, (_, i) => [
      post(one.url, message(i % 2 ? 'OTP not received' : `what is the weather on planet ${i}`)),
      post(two.url, message(i % 2 ? 'how do i register on igot' : `what is the weather on moon ${i}`)),
    ]).flat();
    for (const res of await Promise.all(turns)) expect(res.status).toBe(200);
    await Promise.all([one.stop(1000), two.stop(1000)]);

    const summary = JSON.parse(await insightsCli(['--json', '--top', '100'], container));
    expect(summary.events).toBe(80);
    expect(summary.mostAsked).toEqual(expect.arrayContaining([{ topic: 'otp-problem', count: 20 }, { topic: 'self-registration', count: 20 }]));
    const questions = summary.unanswered.map((u: { question: string }) => u.question);
    for (let i = 0; i < 40; i += 2) expect(questions).toEqual(expect.arrayContaining([`what is the weather on planet ${i}`, `what is the weather on moon ${i}`]));
    expect(await insightsCli([], container)).toContain(`azure-blob:${container}/insights/`);
  }, 60_000);
});
