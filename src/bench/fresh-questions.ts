/** A labelled seed question: its text and its form (`en`, `hi` or `hinglish`). */
export interface SeedQuestion {
  readonly q: string;
  readonly form: string;
}

/** Openings and endings people add, per form (none of them changes what is asked). */
const OPENINGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  en: ['', 'hi, ', 'hello sir, ', 'good morning. ', 'please help: ', 'quick question - ', 'dear team, ', 'madam, ', 'one doubt: ', 'sorry to bother, '],
  hi: ['', 'नमस्ते, ', 'सर, ', 'कृपया बताएं: ', 'जी, ', 'महोदय, ', 'एक सवाल: ', 'नमस्कार। ', 'मैडम, ', 'मदद चाहिए: '],
  hinglish: ['', 'sir ', 'hello ji, ', 'bhai ', 'please batao ', 'namaste, ', 'madam ', 'ek doubt hai: ', 'ji ', 'help chahiye, '],
});
const ENDINGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  en: ['', ' please', ' thanks', '?', ' asap', ' pls help', ' thank you sir', '!!', ' kindly reply'],
  hi: ['', ' धन्यवाद', ' कृपया', '?', ' जल्दी बताएं', ' सर', ' मदद करें', '।', ' जी'],
  hinglish: ['', ' plz', ' jaldi batao', ' thanks', ' ji', '??', ' sir', ' help karo', ' bata do'],
});

const LATIN_WORD = /^[a-z]{5,}$/i;

/** The `k`-th typo of a text: two neighbouring letters swapped inside one longer Latin word (k = 0: none). */
function withTypo(text: string, k: number): string | undefined {
  if (k === 0) return text;
  const words = text.split(' ');
  const long = words.map((w, i) => (LATIN_WORD.test(w) ? i : -1)).filter((i) => i >= 0);
  const pick = long[(k - 1) % Math.max(1, long.length)];
  if (pick === undefined || k > long.length * 2) return undefined;
  const w = words[pick];
  const at = 1 + (Math.floor((k - 1) / long.length) % (w.length - 2));
  words[pick] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

/**
 * Questions never seen before: variants of the seed questions in their own form (an
 * opening, an ending, a typo, lower case; never the seed itself), in a fixed order that moves
 * to another seed on every call, and never the same text twice. Throws when the variants run
 * out (hundreds per seed question, far more than a benchmark run asks).
 */
export function freshQuestions(seeds: readonly SeedQuestion[]): () => string {
  const seen = new Set<string>();
  let n = 0;
  const variant = (i: number): string | undefined => {
    const seed = seeds[i % seeds.length];
    let r = Math.floor(i / seeds.length);
    const open = OPENINGS[seed.form] ?? OPENINGS.en;
    const end = ENDINGS[seed.form] ?? ENDINGS.en;
    const o = open[r % open.length];
    r = Math.floor(r / open.length);
    const e = end[r % end.length];
    r = Math.floor(r / end.length);
    const lower = r % 2 === 1;
    const k = Math.floor(r / 2);
    if (!o && !e && !lower && k === 0) return undefined; // the seed itself is not fresh
    const typo = withTypo(seed.q, k);
    if (typo === undefined) return undefined;
    const text = `${o}${lower ? typo.toLowerCase() : typo}${e}`;
    return seen.has(text) ? undefined : text;
  };
  const limit = seeds.length * 10 * 9 * 2 * 12;
  return () => {
    while (n < limit) {
      const text = variant(n++);
      if (text !== undefined) {
        seen.add(text);
        return text;
      }
    }
    throw new Error('fresh questions ran out');
  };
}

/** The same questions over and over (the dev set cycled): what a reply memory serves. */
export function repeatedQuestions(questions: readonly string[]): () => string {
  let n = 0;
  return () => questions[n++ % questions.length];
}
