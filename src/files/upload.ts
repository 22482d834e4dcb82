import http from 'node:http';
import https from 'node:https';

/** What an upload ended with. */
export type UploadOutcome = { readonly ok: true } | { readonly ok: false; readonly code: 'upload-failed' | 'upload-timeout' };

/**
 * Uploads a whole file to a pre-authorised URL in one PUT (as a Teams
 * FileConsentCard's `uploadInfo.uploadUrl` expects). Never rejects.
 */
export function uploadToUrl(url: string, body: Buffer, timeoutMs = 20_000): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      resolve({ ok: false, code: 'upload-failed' });
      return;
    }
    const lib = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!lib) {
      resolve({ ok: false, code: 'upload-failed' });
      return;
    }
    const req = lib.request(parsed, {
      method: 'PUT',
      headers: { 'Content-Length': body.length, 'Content-Range': `bytes 0-${Math.max(body.length - 1, 0)}/${body.length}` },
      timeout: timeoutMs,
    });
    req.on('response', (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, code: 'upload-failed' });
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ ok: false, code: 'upload-timeout' });
    });
    req.on('error', () => resolve({ ok: false, code: 'upload-failed' }));
    req.end(body);
  });
}
