import { type OutboundPolicy, filePolicy, requestWithPolicy } from './outbound';

/** What an upload ended with. */
export type UploadOutcome = { readonly ok: true } | { readonly ok: false; readonly code: 'upload-failed' | 'upload-timeout' };

const DEFAULT_POLICY = filePolicy();

/**
 * Uploads a whole file to a pre-authorised URL in one PUT (as a Teams FileConsentCard's
 * `uploadInfo.uploadUrl` expects), only where `policy` allows (no redirects). Never rejects.
 */
export async function uploadToUrl(url: string, body: Buffer, policy: OutboundPolicy = DEFAULT_POLICY): Promise<UploadOutcome> {
  const headers = { 'Content-Length': body.length, 'Content-Range': `bytes 0-${Math.max(body.length - 1, 0)}/${body.length}` };
  const sent = await requestWithPolicy(url, { method: 'PUT', body, headers, maxBytes: 64 * 1024 }, policy);
  if (sent.ok) return { ok: true };
  return { ok: false, code: sent.reason === 'timeout' ? 'upload-timeout' : 'upload-failed' };
}
