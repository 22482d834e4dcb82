/**
 * Personal data in the forms people really write it: emails with `@`, `＠`, ` @ `, `[at]`, `(at)`,
 * "at … dot"; numbers in any digit script (`\p{Nd}`) with spaces, slashes, commas, dots, dashes
 * (en and em dashes, full-width forms) or brackets inside; dates of birth; a name introduced as
 * one's own ("my name is", "mera naam", "मेरा नाम"); employee, Aadhaar and other id numbers.
 *
 * The text is read once, token by token (a word, a run of digits, a run of white space, or one
 * other character): linear time whatever the input, no pattern that can backtrack.
 */

/** A kind of personal data found in a text. */
export type PersonalKind = 'email' | 'number' | 'birth-date' | 'own-name' | 'id-number';

type TokenKind = 'digits' | 'word' | 'space' | 'other';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower case (words only). */
  readonly lower: string;
}

/** One token per match; every alternative consumes at least one character and they start on disjoint classes. */
const TOKEN = /(\p{Nd}+)|([\p{L}\p{M}]+)|(\s+)|([^])/gsu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind: TokenKind = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'space' : 'other';
    tokens.push({ kind, text: m[0], lower: kind === 'word' ? m[0].toLowerCase() : m[0] });
  }
  return tokens;
}

const AT_SIGNS = new Set(['@', '\uFF20', '\uFE6B']);
const OPENERS = new Set(['[', '(', '{', '<', '\uFF3B', '\uFF08']);
const CLOSERS = new Set([']', ')', '}', '>', '\uFF3D', '\uFF09']);
/** Characters that may sit between the digit groups of one number (with spaces): - – — ‐ ‑ / , . ( ) + _ · and full-width forms. */
const NUMBER_JOINERS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '/', ',', '.', '(', ')', '+', '_', '\u00B7', '\uFF0D', '\uFF0F', '\uFF0C', '\uFF0E', '\uFF08', '\uFF09', '\uFF0B', '\u060C']);
const DATE_JOINERS = new Set(['-', '/', '.', '\u2013', '\uFF0D', '\uFF0F', '\uFF0E']);
/** At most this many characters between two digit groups of one number. */
const MAX_JOIN_CHARS = 3;

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर',
]);
const BIRTH_WORDS = new Set(['dob', 'birth', 'born', 'birthday', 'birthdate', 'janm', 'janam', 'janmtithi', 'janamtithi', 'जन्म', 'जन्मतिथि', 'जन्मदिन']);
const ID_WORDS = new Set(['aadhaar', 'aadhar', 'adhar', 'aadhaarno', 'uid', 'uidai', 'pan', 'ehrms', 'hrms', 'empid', 'empcode', 'employeeid', 'आधार', 'पैन', 'कर्मचारी']);
const EMPLOYEE = new Set(['employee', 'emp', 'staff', 'personnel']);
const ID_AFTER_EMPLOYEE = new Set(['id', 'code', 'no', 'number', 'num']);

/** Words that, right after "my name is" / "mera naam", show the sentence is about the name, not giving it. */
const NOT_A_NAME = new Set([
  'is', 'was', 'has', 'not', 'no', 'wrong', 'wrongly', 'incorrect', 'incorrectly', 'missing', 'showing', 'shown', 'spelled', 'spelt', 'misspelt', 'misspelled',
  'different', 'changed', 'printed', 'appearing', 'coming', 'displayed', 'same', 'also', 'in', 'on', 'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for',
  'field', 'spelling', 'change', 'update', 'correction', 'certificate', 'profile', 'mismatch', 'does', 'doesnt', 'cannot', 'can', 'still',
  'appears', 'appear', 'shows', 'got', 'gets', 'became', 'should', 'will', 'must', 'need', 'needs', 'typo', 'error', 'too', 'very', 'with', 'without',
  'hai', 'h', 'he', 'hain', 'galat', 'sahi', 'nahi', 'nhi', 'nahin', 'ka', 'ki', 'ke', 'me', 'mein', 'main', 'par', 'pe', 'badal', 'badalna', 'kaise', 'kyu', 'kyun',
  'है', 'गलत', 'ग़लत', 'सही', 'नहीं', 'का', 'की', 'के', 'में', 'पर', 'बदल', 'बदलना', 'कैसे', 'क्यों', 'भी',
]);
/** Little words between "my name" and the name itself. */
const NAME_LINKS = new Set(['is', 'hai', 'h', 'he', 'है', 's']);

const nonSpace = (tokens: readonly Token[], from: number, step: 1 | -1): number => {
  let i = from;
  while (i >= 0 && i < tokens.length && tokens[i].kind === 'space') i += step;
  return i;
};

const isWord = (t: Token | undefined, ...words: string[]): boolean => !!t && t.kind === 'word' && words.includes(t.lower);

/** Emails in any written form. */
function hasEmail(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'other' && AT_SIGNS.has(t.text)) return true;
    if (t.kind !== 'word') continue;
    if (t.lower.includes('attherate')) return true;
    if (t.lower !== 'at') continue;
    const before = tokens[nonSpace(tokens, i - 1, -1)];
    const after = tokens[nonSpace(tokens, i + 1, 1)];
    if (before && after && before.kind === 'other' && OPENERS.has(before.text) && after.kind === 'other' && CLOSERS.has(after.text)) return true;
    if (isWord(after, 'the')) {
      const next = tokens[nonSpace(tokens, nonSpace(tokens, i + 1, 1) + 1, 1)];
      if (isWord(next, 'rate')) return true;
    }
    // "name at domain dot in": a "dot" within the next few words
    for (let j = i + 1, words = 0; j < tokens.length && j <= i + 20 && words < 6; j++) {
      if (tokens[j].kind === 'word' || tokens[j].kind === 'digits') words++;
      if (isWord(tokens[j], 'dot')) return true;
    }
  }
  return false;
}

/** A run of digit groups joined by a few spaces or joiners: one number as people write it. */
interface NumberRun {
  readonly groups: readonly string[];
  readonly joiners: readonly string[];
  /** Index of the token after the run. */
  readonly end: number;
}

function numberRunAt(tokens: readonly Token[], start: number): NumberRun {
  const groups = [tokens[start].text];
  const joiners: string[] = [];
  let i = start + 1;
  for (;;) {
    let j = i;
    let gap = '';
    while (j < tokens.length && gap.length <= MAX_JOIN_CHARS && (tokens[j].kind === 'space' || (tokens[j].kind === 'other' && NUMBER_JOINERS.has(tokens[j].text)))) gap += tokens[j++].text;
    if (j >= tokens.length || tokens[j].kind !== 'digits' || gap.length === 0 || gap.length > MAX_JOIN_CHARS) break;
    joiners.push(gap.trim());
    groups.push(tokens[j].text);
    i = j + 1;
  }
  return { groups, joiners, end: i };
}

const digitsOf = (run: NumberRun): number => run.groups.reduce((n, g) => n + [...g].length, 0);

/** The year of a numeric date (d-m-y or y-m-d with one joiner), or undefined when the run is no date. */
function dateYear(run: NumberRun): number | undefined {
  if (run.groups.length !== 3 || run.joiners[0] !== run.joiners[1] || !DATE_JOINERS.has(run.joiners[0])) return undefined;
  const lens = run.groups.map((g) => [...g].length);
  const yearGroup = lens[0] === 4 && lens[1] <= 2 && lens[2] <= 2 ? run.groups[0] : lens[0] <= 2 && lens[1] <= 2 && (lens[2] === 4 || lens[2] === 2) ? run.groups[2] : undefined;
  if (yearGroup === undefined) return undefined;
  const year = asciiNumber(yearGroup);
  return [...yearGroup].length === 2 ? (year > 30 ? 1900 + year : 2000 + year) : year;
}

const ND = /\p{Nd}/u;

/**
 * The value of a digit group in any script. Unicode lays out every decimal digit script as whole
 * runs of ten from 0 to 9, so a digit's value is how many digits precede it in its run, modulo ten.
 */
function asciiNumber(group: string): number {
  let n = 0;
  for (const ch of group) {
    const code = ch.codePointAt(0) ?? 48;
    let below = 0;
    while (below < 60 && ND.test(String.fromCodePoint(code - below - 1))) below++;
    n = n * 10 + (below % 10);
  }
  return n;
}

/** A year a working adult may be born in. */
const isBirthYear = (year: number, now: Date): boolean => year >= now.getFullYear() - 100 && year <= now.getFullYear() - 14;

/** "dob", "birth", "born", "जन्म"…, or "d.o.b". */
function hasBirthWord(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (BIRTH_WORDS.has(t.lower)) return true;
    if (t.lower === 'd' && tokens[i + 1]?.text === '.' && isWord(tokens[i + 2], 'o') && tokens[i + 3]?.text === '.' && isWord(tokens[i + 4], 'b')) return true;
  }
  return false;
}

/** Numbers of seven or more digits, and dates of birth (numeric, with a month name, or beside a birth word). */
function numberKinds(tokens: readonly Token[], now: Date, kinds: Set<PersonalKind>): void {
  const birthWord = hasBirthWord(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'digits') continue;
    const run = numberRunAt(tokens, i);
    const year = dateYear(run);
    if (year !== undefined) {
      if (birthWord || isBirthYear(year, now)) kinds.add('birth-date');
    } else if (digitsOf(run) >= 7) kinds.add('number');
    else if (birthWord) kinds.add('birth-date');
    else if (run.groups.length === 1 && [...t.text].length === 4 && isBirthYear(asciiNumber(t.text), now)) {
      const near = [tokens[nonSpace(tokens, i - 1, -1)], tokens[nonSpace(tokens, i + 1, 1)]];
      if (near.some((n) => n && n.kind === 'word' && MONTHS.has(n.lower))) kinds.add('birth-date');
    }
    i = run.end - 1;
  }
}

/** Letters and four or more digits in one space-free chunk (KVS20231187, EMP-00123, KV/2019/1234): an id. One pass. */
function hasGluedId(tokens: readonly Token[]): boolean {
  let digits = 0;
  let letters = false;
  for (const t of tokens) {
    if (t.kind === 'space') {
      digits = 0;
      letters = false;
      continue;
    }
    if (t.kind === 'digits') digits += [...t.text].length;
    else if (t.kind === 'word') letters = true;
    if (letters && digits >= 4) return true;
  }
  return false;
}

/** Id-number words (aadhaar, PAN, employee id…) next to digits. */
function hasIdWord(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => t.kind === 'digits')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (ID_WORDS.has(t.lower)) return true;
    if (EMPLOYEE.has(t.lower) && isWord(tokens[nonSpace(tokens, i + 1, 1)], ...ID_AFTER_EMPLOYEE)) return true;
  }
  return false;
}

/** "my name is X", "my full name is X", "myself X", "name: X", "mera naam X", "मेरा नाम X": X is no word about the name. */
function hasOwnName(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    let after = -1;
    if (t.lower === 'myself') after = i + 1;
    else if (t.lower === 'name' || t.lower === 'naam' || t.lower === 'nam' || t.lower === 'नाम') {
      const b = nonSpace(tokens, i - 1, -1);
      const before = tokens[b];
      const before2 = b > 0 ? tokens[nonSpace(tokens, b - 1, -1)] : undefined;
      const mine = isWord(before, 'my', 'mera', 'mra', 'apna', 'मेरा', 'अपना') || (isWord(before, 'full', 'poora', 'pura', 'पूरा') && isWord(before2, 'my', 'mera', 'मेरा'));
      const next = tokens[nonSpace(tokens, i + 1, 1)];
      const labelled = next?.kind === 'other' && (next.text === ':' || next.text === '-' || next.text === '=');
      if (mine || labelled) after = i + 1;
    }
    if (after < 0) continue;
    let j = nonSpace(tokens, after, 1);
    for (let links = 0; j < tokens.length && links < 4 && (tokens[j].kind === 'other' || NAME_LINKS.has(tokens[j].lower)); links++) j = nonSpace(tokens, j + 1, 1);
    const next = tokens[j];
    if (next && next.kind === 'word' && !NOT_A_NAME.has(next.lower)) return true;
  }
  return false;
}

/**
 * The kinds of personal data a text holds, in any written form. `now` decides which years are
 * years of birth (14 to 100 years ago).
 */
export function personalDataIn(text: string, now: Date = new Date()): ReadonlySet<PersonalKind> {
  const tokens = tokenize(String(text ?? ''));
  const kinds = new Set<PersonalKind>();
  if (hasEmail(tokens)) kinds.add('email');
  numberKinds(tokens, now, kinds);
  if (hasGluedId(tokens) || hasIdWord(tokens)) kinds.add('id-number');
  if (hasOwnName(tokens)) kinds.add('own-name');
  return kinds;
}

/** Runs of five or more digits (any script) as `[number]`: what is left after {@link personalDataIn} found nothing (an OTP, a pin code). */
export function maskDigitRuns(text: string): string {
  return text.replace(/\p{Nd}{5,}/gu, '[number]');
}
