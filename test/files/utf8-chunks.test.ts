import { Utf8Chunks } from '../../src/files/xml-events';

/** A small deterministic generator (the same cases every run). */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/**
 * Decodes `buf` whole with TextDecoder, and cut at `cuts` with Utf8Chunks. (The whole input is the
 * reference, not TextDecoder's stream mode: Node 24's drops a second BOM that follows a first one
 * cut between chunks, which its own decoding of the whole input keeps.)
 */
function both(buf: Buffer, cuts: number[]): [string, string] {
  const u = new Utf8Chunks();
  let b = '';
  let at = 0;
  for (const c of [...cuts, buf.length]) {
    b += u.decode(buf.subarray(at, c));
    at = c;
  }
  return [new TextDecoder('utf-8').decode(buf), b + u.end()];
}

/** Valid characters of every length, a BOM, and the invalid sequences a damaged file can hold. */
const PIECES = [
  [0x41], [0x3c], [0x26], [0xc3, 0xa9], [0xe0, 0xa4, 0x95], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf],
  [0x80], [0xbf], [0xc0], [0xc2], [0xc0, 0x80], [0xe0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f],
  [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80],
];

describe('Utf8Chunks (the XML parts decoded as TextDecoder decodes the whole part)', () => {
  it('gives the text TextDecoder gives, however the bytes are cut: split characters, invalid bytes, a leading BOM', () => {
    const r = random(17);
    for (let t = 0; t < 20000; t++) {
      const bytes: number[] = t % 5 === 0 ? [0xef, 0xbb, 0xbf] : [];
      for (let i = r(12); i > 0; i--) bytes.push(...PIECES[r(PIECES.length)]);
      if (t % 3 === 0) for (let i = r(8); i > 0; i--) bytes.push(r(256));
      const buf = Buffer.from(bytes);
      const cuts = Array.from({ length: r(5) }, () => r(buf.length + 1)).sort((x, y) => x - y);
      const [expected, got] = both(buf, cuts);
      expect(got).toBe(expected);
    }
  });

  it('drops a BOM only at the very start, even when it comes split or after empty chunks', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(both(Buffer.concat([bom, Buffer.from('<a/>')]), [0, 0, 1, 2])[1]).toBe('<a/>');
    expect(both(Buffer.concat([Buffer.from('<a>'), bom, Buffer.from('</a>')]), [3])[1]).toBe('<a>\ufeff</a>');
  });
});
