import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What a part's reader does with the XML events (called synchronously, in document order). */
export interface XmlHandler {
  open(tag: SaxesTagPlain): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Feeds a part's chunks (UTF-8, decoded across chunk boundaries) to a SAX parser and yields
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
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) throw failure;
    yield;
  }
  const rest = decoder.decode();
  if (rest) parser.write(rest);
  if (failure) throw failure;
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
