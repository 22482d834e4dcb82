/** `/readyz` says in its detail, never its status, when a holiday list is missing (from 1 November for next year's). */
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/index';
import { createLogger } from '../../src/server/logger';

async function readyz(now: string): Promise<{ status: number; body: { status: string; warnings?: string[] } }> {
  const app = await startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), { logger: createLogger('silent'), routes: [], clock: () => new Date(now) });
  try {
    const res = await fetch(`${app.url}/readyz`);
    return { status: res.status, body: await res.json() };
  } finally {
    await app.stop(1000);
  }
}

test('from 1 November with no list for next year: ready (200), with a warning in the detail', async () => {
  const r = await readyz('2026-11-02T10:00:00+05:30');
  expect(r.status).toBe(200);
  expect(r.body.status).toBe('ready');
  expect(r.body.warnings).toEqual([expect.stringMatching(/^no holiday list for 2027 yet/)]);
});

test('before 1 November: no warnings', async () => {
  const r = await readyz('2026-10-15T10:00:00+05:30');
  expect(r).toEqual({ status: 200, body: { status: 'ready' } });
});
