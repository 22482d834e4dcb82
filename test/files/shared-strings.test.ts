import { PartTooLargeError, SharedStrings } from '../../src/files/shared-strings';

/** Feeds texts through the table's XML handler as `<si><t>…</t></si>` entries (null: `<si><t/></si>`). */
function table(texts: readonly (string | null)[], maxBytes = 1024 ** 3, plainBytes = 0): SharedStrings {
  const s = new SharedStrings(maxBytes, plainBytes);
  const r = s.reader();
  const tag = (name: string) => ({ name, attributes: {} }) as never;
  r.open(tag('sst'));
  for (const t of texts) {
    r.open(tag('si'));
    r.open(tag('t'));
    if (t !== null) r.text(t);
    r.close('t');
    r.close('si');
  }
  r.close('sst');
  return s;
}

describe('SharedStrings (deflated blocks)', () => {
  const texts = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `नाम ${i}` : `user${i}@gmail.com`));

  it('gives every string back, in order and in any order, across many blocks', () => {
    const s = table(texts);
    expect(s.size).toBe(texts.length);
    for (let i = 0; i < texts.length; i++) expect(s.get(i)).toBe(texts[i]);
    for (let k = 0; k < 20000; k++) {
      const i = (k * 7919) % texts.length;
      expect(s.get(i)).toBe(texts[i]);
    }
  });

  it.each([0, 64 * 1024, 1024 ** 3])('gives the same strings back whatever is kept plain first (%i bytes)', (plain) => {
    const s = table(texts, 1024 ** 3, plain);
    for (let k = 0; k < 5000; k++) {
      const i = (k * 7919) % texts.length;
      expect(s.get(i)).toBe(texts[i]);
    }
    expect(s['deflated'].some(Boolean)).toBe(plain < 100_000);
  });

  it('keeps entries without text as null, empty text as "", and says undefined past the end', () => {
    const s = table(['a', null, '', 'b']);
    expect([s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(-1)]).toEqual(['a', null, '', 'b', undefined, undefined]);
  });

  it('holds strings longer than a block, and text that does not compress', () => {
    const long = 'x'.repeat(100_000);
    const noise = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(...Array.from({ length: 16 }, (_, j) => 33 + ((i * 31 + j * 17 + ((i * j) % 13)) % 90))));
    const s = table(['before', long, ...noise, 'after']);
    expect(s.get(0)).toBe('before');
    expect(s.get(1)).toBe(long);
    for (let i = 0; i < noise.length; i += 97) expect(s.get(i + 2)).toBe(noise[i]);
    expect(s.get(noise.length + 2)).toBe('after');
  });

  it('reads strings before the table is closed', () => {
    const s = new SharedStrings(1024);
    const r = s.reader();
    r.open({ name: 'si', attributes: {} } as never);
    r.text('open');
    r.close('si');
    expect(s.get(0)).toBe('open');
  });

  it('keeps entries without text in their blocks, however many, and stops at the byte limit like any other', () => {
    const empties = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? null : i % 3 === 1 ? '' : `e${i}`));
    const s = table(empties);
    for (let i = 0; i < empties.length; i++) expect(s.get(i)).toBe(empties[i]);
    expect(() => table(new Array<null>(300_000).fill(null), 1_000_000)).toThrow(PartTooLargeError);
  });

  it('keeps a column of emails and ids deflated to under a fifth of their text (two fifths with four-byte ends) (lengths, not ends, in each block)', () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => (i % 2 ? `user${i}@gmail.com` : `EMP${i}`));
    const s = table(ids);
    const kept = (s['blocks'] as Buffer[]).reduce((sum, b) => sum + b.length, 0);
    const text = ids.reduce((sum, t) => sum + t.length, 0);
    expect(kept).toBeLessThan(text / 5);
    for (let i = 0; i < ids.length; i += 101) expect(s.get(i)).toBe(ids[i]);
  });

  it('stops past the most text it keeps', () => {
    expect(() => table(['x'.repeat(600), 'y'.repeat(600)], 1000)).toThrow(PartTooLargeError);
  });
});
