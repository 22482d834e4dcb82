import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What a part's reader does with the XML events (called synchronously, in document order). */
export interface XmlHandler {
  open(tag: SaxesTagPlain): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Feeds a part's chunks (UTF-8, decoded across chunk boundaries: {@link Utf8Chunks}) to a SAX parser and yields
 * after each chunk, so the caller can take what the handler made from it. Like exceljs (whose
 * reader the checker's results must match), the document is not closed at the end: a part cut
 * short reads up to where it stops; malformed XML throws.
 */
export async function* feedXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler): AsyncGenerator<void> {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', (tag) => handler.open(tag as SaxesTagPlain));
  parser.on('text', (text) => handler.text(text));
  parser.on('closetag', (tag) => handler.close(tag.name));
  const decoder = new Utf8Chunks();
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk));
    if (failure) throw failure;
    yield;
  }
  const rest = decoder.end();
  if (rest) parser.write(rest);
  if (failure) throw failure;
}

/** The index just past the last complete UTF-8 sequence in `buf` (a lead byte whose sequence the buffer cuts short starts the rest). */
function completeEnd(buf: Buffer): number {
  const n = buf.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = buf[n - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const need = b < 0xc0 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 1;
    return k < need ? n - k : n;
  }
  return n;
}

/**
 * UTF-8 chunks to text as TextDecoder's stream mode gives it (a leading BOM dropped, a character
 * split between chunks kept for the next, invalid bytes as U+FFFD), by Buffer's decoder: several
 * times faster than TextDecoder on Node 20. Each piece decoded is the previous remainder and the
 * new chunk up to its last complete sequence, so the text is that of the whole input decoded at once.
 */
export class Utf8Chunks {
  private carry: Buffer | undefined;
  private atStart = true;

  /** The text of a chunk (and of what the previous one left). */
  decode(chunk: Buffer): string {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(buf);
    this.carry = end < buf.length ? Buffer.from(buf.subarray(end)) : undefined;
    return this.started(buf.toString('utf8', 0, end));
  }

  /** The text of what the last chunk left (an incomplete sequence reads as U+FFFD). */
  end(): string {
    const rest = this.carry ? this.carry.toString('utf8') : '';
    this.carry = undefined;
    return this.started(rest);
  }

  private started(text: string): string {
    if (!this.atStart || !text) return text;
    this.atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** Runs a whole (small) part through a handler. */
export async function readXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler): Promise<void> {
  for await (const _ of feedXml(chunks, handler)) void _;
}

/** exceljs's second decoding of inline and formula strings (kept: the results must not change). */
export function xmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;': return '<';
      case '&gt;': return '>';
      case '&amp;': return '&';
      case '&apos;': return '\'';
      case '&quot;': return '"';
      default: return c;
    }
  });
}
