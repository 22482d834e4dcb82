import http from 'node:http';
import https from 'node:https';
import { type FileCheckOptions, type FileCheckOutcome, FILE_LIMITS, checkFileBuffer, limitResult } from './check-file';

/** Options for fetching a file sent to the bot. */
export interface DownloadOptions {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /** From the Teams attachment's `content.fileType` (e.g. 'xlsx', 'csv'). */
  readonly fileType?: string;
  readonly maxRows?: number;
  /** Build the annotated copy (default true). */
  readonly annotate?: boolean;
  readonly now?: Date;
}

type Fetched = { ok: true; body: Buffer } | { ok: false; code: string; params?: Record<string, string | number> };

/** Downloads with a size cap and an overall timeout; follows up to 3 redirects. Never rejects. */
export function downloadLimited(url: string, maxBytes: number, timeoutMs: number, redirects = 3): Promise<Fetched> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (v: Fetched) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    let req: http.ClientRequest | undefined;
    const timer = setTimeout(() => {
      finish({ ok: false, code: 'download-timeout' });
      req?.destroy();
    }, timeoutMs);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      finish({ ok: false, code: 'download-failed', params: { status: 'bad-url' } });
      return;
    }
    const lib = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!lib) {
      finish({ ok: false, code: 'download-failed', params: { status: 'bad-url' } });
      return;
    }
    req = lib.get(parsed, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        clearTimeout(timer);
        settled = true;
        const next = new URL(res.headers.location, parsed).toString();
        void downloadLimited(next, maxBytes, timeoutMs, redirects - 1).then(resolve);
        return;
      }
      if (status !== 200) {
        res.resume();
        finish({ ok: false, code: 'download-failed', params: { status } });
        return;
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > maxBytes) {
        res.destroy();
        finish({ ok: false, code: 'file-too-large', params: { maxMb: Math.round(maxBytes / 1048576) } });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          res.destroy();
          finish({ ok: false, code: 'file-too-large', params: { maxMb: Math.round(maxBytes / 1048576) } });
        } else chunks.push(c);
      });
      res.on('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
      res.on('error', () => finish({ ok: false, code: 'download-failed', params: { status: 'network' } }));
    });
    req.on('error', () => finish({ ok: false, code: 'download-failed', params: { status: 'network' } }));
  });
}

/**
 * Downloads a file sent to the bot (Teams attachment `content.downloadUrl`), checks it, and returns the
 * summary plus the annotated workbook. Nothing is written to disk; no row content is logged. Never rejects.
 */
export async function downloadAndCheck(
  url: string,
  options: DownloadOptions = {},
  check: (buf: Buffer, options: FileCheckOptions) => Promise<FileCheckOutcome> = checkFileBuffer,
): Promise<FileCheckOutcome> {
  const maxBytes = options.maxBytes ?? FILE_LIMITS.maxBytes;
  const fetched = await downloadLimited(url, maxBytes, options.timeoutMs ?? 20_000);
  if (!fetched.ok) return { result: limitResult(fetched.code, fetched.params) };
  return check(fetched.body, {
    maxBytes, maxRows: options.maxRows, fileType: options.fileType, annotate: options.annotate ?? true, now: options.now,
  });
}
