import { type FileCheckOptions, type FileCheckOutcome, FILE_LIMITS, checkFileBuffer, limitResult } from './check-file';
import { type OutboundPolicy, filePolicy, requestWithPolicy } from './outbound';

/** Options for fetching a file sent to the bot. */
export interface DownloadOptions {
  readonly maxBytes?: number;
  /** From the Teams attachment's `content.fileType` (e.g. 'xlsx', 'csv'). */
  readonly fileType?: string;
  readonly maxRows?: number;
  /** Build the annotated copy (default true). */
  readonly annotate?: boolean;
  readonly now?: Date;
  /** Where the file may come from, and the time limit (default: Teams' SharePoint hosts, public addresses, 20 s). */
  readonly policy?: OutboundPolicy;
}

type Fetched = { ok: true; body: Buffer } | { ok: false; code: string; params?: Record<string, string | number> };

const DEFAULT_POLICY = filePolicy();

/** Downloads with a size cap, following up to 3 redirects, all within the policy's one time limit. Never rejects. */
export async function downloadLimited(url: string, maxBytes: number, policy: OutboundPolicy = DEFAULT_POLICY): Promise<Fetched> {
  const got = await requestWithPolicy(url, { method: 'GET', maxBytes, redirects: 3 }, policy);
  if (got.ok) return { ok: true, body: got.body };
  if (got.reason === 'timeout') return { ok: false, code: 'download-timeout' };
  if (got.reason === 'too-large') return { ok: false, code: 'file-too-large', params: { maxMb: Math.round(maxBytes / 1048576) } };
  return { ok: false, code: 'download-failed', params: { status: got.reason === 'refused' ? 'refused' : got.status ?? 'network' } };
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
  const fetched = await downloadLimited(url, maxBytes, options.policy);
  if (!fetched.ok) return { result: limitResult(fetched.code, fetched.params) };
  return check(fetched.body, {
    maxBytes, maxRows: options.maxRows, fileType: options.fileType, annotate: options.annotate ?? true, now: options.now,
  });
}
