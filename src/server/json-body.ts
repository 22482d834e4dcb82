import type { Request, Response } from 'restify';
import { cardJson } from '../cards/card-json';

/** `JSON.stringify` of plain data, splicing in the kept JSON of frozen cards; undefined where it gives undefined. */
function stringify(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const kept = cardJson(value);
  if (kept !== undefined) return kept;
  const plain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
  if (!plain || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => stringify(v) ?? 'null').join(',')}]`;
  let out = '';
  for (const key of Object.keys(value)) {
    const v = stringify((value as Record<string, unknown>)[key]);
    if (v !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${v}`;
  }
  return `{${out}}`;
}

/** A response body as JSON: exactly `JSON.stringify(body)`, without serializing a remembered card again. */
export function stringifyBody(body: unknown): string {
  try {
    return stringify(body) ?? 'null';
  } catch {
    return JSON.stringify(body) ?? 'null'; // a cycle or a BigInt: the same error JSON.stringify gives
  }
}

/** restify's JSON formatter, with {@link stringifyBody}. */
export function formatJson(_req: Request, res: Response, body: unknown): string {
  const data = body === undefined ? 'null' : stringifyBody(body);
  res.setHeader('Content-Length', Buffer.byteLength(data));
  return data;
}
