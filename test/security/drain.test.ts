/**
 * Finding 7 of issue 11: on SIGTERM, requests on reused keep-alive connections were reset. Under load from
 * keep-alive clients, every request now gets its answer or a clean refusal (a connection refused before
 * anything was sent), never a reset mid-request; answers after SIGTERM carry `Connection: close`.
 */
import http from 'node:http';
import { message } from '../server/helpers/http-app';
import { spawnServer } from './helpers/spawn-server';

test('SIGTERM under keep-alive load: no resets, answers after it say Connection: close, exit 0', async () => {
  const server = await spawnServer();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const counts = { ok: 0, refused: 0, resets: 0, other: 0, closeAfterTerm: 0, keepAliveAfterTerm: 0 };
  let terminated = false;
  let stop = false;
  const body = JSON.stringify(message('otp not received'));
  const one = (): Promise<void> => new Promise((resolve) => {
    const sentAfterTerm = terminated;
    const req = http.request(`${server.url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode === 200 || res.statusCode === 503) counts.ok++;
        else counts.other++;
        if (sentAfterTerm) {
          if (res.headers.connection === 'close') counts.closeAfterTerm++;
          else counts.keepAliveAfterTerm++;
        }
        resolve();
      });
      res.on('error', () => {
        counts.resets++;
        resolve();
      });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      (counts as Record<string, unknown>)[`e:${err.code}:${err.message}:${sentAfterTerm}`] = ((counts as Record<string, number>)[`e:${err.code}:${err.message}:${sentAfterTerm}`] ?? 0) + 1;
      if (err.code === 'ECONNREFUSED') {
        counts.refused++;
        stop = true;
      } else if (err.code === 'ECONNRESET' || /socket hang up/i.test(err.message)) counts.resets++;
      else counts.other++;
      resolve();
    });
    req.end(body);
  });
  const worker = async (): Promise<void> => {
    for (let i = 0; i < 2000 && !stop; i++) await one();
  };
  try {
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((r) => setTimeout(r, 1500));
    terminated = true;
    server.child.kill('SIGTERM');
    await load;
    expect(await server.exited).toBe(0);
    // eslint-disable-next-line no-console
    console.log('drain under load:', counts);
    expect(counts.resets).toBe(0);
    expect(counts.other).toBe(0);
    expect(counts.ok).toBeGreaterThan(20);
    expect(counts.closeAfterTerm).toBeGreaterThan(0); // answers once the drain began say Connection: close
  } finally {
    agent.destroy();
    server.kill();
  }
}, 120_000);
