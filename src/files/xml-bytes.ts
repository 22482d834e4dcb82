/** Bytes of XML kept in memory between hand-overs: the default size of one batch. */
const BATCH_BYTES = 128 * 1024;

const ESCAPED = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as XML element content: &, <, > escaped; characters XML 1.0 cannot hold dropped (most text needs nothing, and is returned as it is). */
export function xmlText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 127 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) {
      return s.replace(ESCAPED, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ''));
    }
  }
  return s;
}

/**
 * XML written straight into UTF-8 batches, piece by piece: no string is built for a row (a
 * row's pieces joined or concatenated made a string, or a rope of a hundred objects, that was
 * then copied again to encode it). ASCII is copied a character a byte; text that needs escaping
 * or is not ASCII goes through {@link xmlText} and Buffer's UTF-8 encoder. A batch that fills up
 * waits in {@link full} until the caller hands it on (between rows: writing never waits).
 */
export class XmlBytes {
  private buf: Buffer;
  private at = 0;
  /** Batches filled since the caller last took them. */
  readonly full: Buffer[] = [];

  constructor(private readonly size = BATCH_BYTES) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Markup, numbers, references: text known to be ASCII that needs no escaping. */
  ascii(s: string): void {
    const n = s.length;
    if (this.at + n > this.buf.length) this.spill(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Element content, escaped as {@link xmlText} escapes it. */
  text(s: string): void {
    const n = s.length;
    if (this.at + n > this.buf.length) this.spill(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      // Past plain printable ASCII (or at &, <, >): the whole text the slow way.
      if (c >= 127 || c < 32 || c === 38 || c === 60 || c === 62) return this.utf8(xmlText(s));
      buf[at++] = c;
    }
    this.at = at;
  }

  /** Any text as it is (already escaped), in UTF-8. */
  utf8(s: string): void {
    // At most 3 bytes of UTF-8 for each UTF-16 unit.
    if (this.at + s.length * 3 > this.buf.length) this.spill(s.length * 3);
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  /** The bytes written since the last full batch, taken (a new batch is started). */
  take(): Buffer | undefined {
    if (!this.at) return undefined;
    const data = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(this.size);
    this.at = 0;
    return data;
  }

  /** The batch is full: it waits in {@link full}; the next holds at least `need` bytes. */
  private spill(need: number): void {
    if (this.at) this.full.push(this.buf.subarray(0, this.at));
    // The consumer keeps a batch until it is compressed: each batch is a new buffer.
    this.buf = Buffer.allocUnsafe(Math.max(this.size, need));
    this.at = 0;
  }
}
