import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { message, startTestApp } from './helpers/http-app';
import { tempWorklistFile } from '../helpers/temp-worklist';
import { freePort } from '../../src/server/free-port';

const ROOT = path.resolve(__dirname, '../..');

test('healthz is live and readyz reports content and storage', async () => {
  const app = await startTestApp();
  try {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  } finally {
    await app.stop(1000);
  }
});

/** Sends a request's headers and half its body now; `finish()` sends the rest and resolves with the response. */
function slowPost(port: number, body: string) {
  const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => { req.end(body.slice(half)); return response; } };
}

test('SIGTERM: stops accepting, finishes the request in flight with 200, exits 0', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', path.join(__dirname, 'helpers/ts-register.js'), path.join(ROOT, 'src/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', MicrosoftAppId: '', SAHAYAK_BLOB_CONNECTION_STRING: '', SAHAYAK_INSIGHTS_FILE: tempWorklistFile() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
      child.stdout.on('data', () => { if (out.includes('"msg":"ready"')) { clearTimeout(timer); resolve(); } });
    });

    const inFlight = slowPost(port, JSON.stringify(message('otp not received')));
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    // New connections are refused while the request in flight is still being served.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    const res = await inFlight.finish();
    expect(res.status).toBe(200);
    expect(JSON.stringify(JSON.parse(res.body).activities[0])).toMatch(/OTP/i);
    expect(await exited).toBe(0);
    expect(out).toContain('shutting down');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 40_000);
