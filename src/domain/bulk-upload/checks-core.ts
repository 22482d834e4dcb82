import { foldText, hasDevanagari } from '../text/normalize';
import { GROUPS, PATTERNS, javaTrim, numberToText, trimChar, wrongTypeMessage } from './fields';
import { type Cell } from './types';
import {
  type FieldContext, type FieldOutcome, err, excelSerial, fix, isCsv, outcome, readText, warn, wrongTypeError,
} from './cell-read';

const SALUTATION = /^(shri|shree|sri|smt|mr|mrs|ms|miss|dr|kumari|km|sushri|prof|er)\b\.?/i;

/** A name cleaned to what the portal accepts, or undefined when cleaning can't make it valid. */
function suggestName(name: string): string | undefined {
  // After the second replace, spaces come one at a time: ` ?' ?` is the linear-time `\s*'\s*`.
  const s = trimChar(name.replace(/[‘’`´]/g, "'").replace(/[^a-zA-Z']+/g, ' ').replace(/ ?' ?/g, "'").replace(/ +/g, ' ').trim(), "'");
  return s && s !== name && PATTERNS.fullName.test(s) ? s : undefined;
}

/** Full Name: Latin letters, words separated by one whitespace or an apostrophe. */
export function checkFullName(cell: Cell, ctx: FieldContext): FieldOutcome {
  const out = outcome();
  const r = readText('Full Name', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const name = r.text ?? '';
  const csvBad = isCsv(ctx) && !PATTERNS.csvFullName.test(name);
  if (!csvBad && PATTERNS.fullName.test(name)) {
    if (SALUTATION.test(name) && name.split(/[\s']/).length > 1) out.warnings.push(warn('Full Name', 'name-has-salutation', undefined, { word: name.match(SALUTATION)![1] }));
    return out;
  }
  // Only a name that fails needs its fix worked out.
  const suggestion = suggestName(name);
  const sp = suggestion ? { suggestion } : undefined;
  let fixCode: string | undefined;
  if (/[^\x00-\x7F]/.test(name.replace(/[\u00A0\u2000-\u200B\u202F\u3000‘’`´]/g, ''))) fixCode = 'name-use-latin-letters';
  else if (/\d/.test(name)) fixCode = 'name-remove-digits';
  else if (name.includes('.')) fixCode = 'name-remove-dots';
  else if (/[‘’`´]/.test(name)) fixCode = 'name-straight-apostrophe';
  else if (/\n/.test(name)) fixCode = 'name-no-line-break';
  else if (/\s{2,}|[\u00A0\u2000-\u200B\u202F\u3000]/.test(name)) fixCode = 'name-single-spaces';
  else fixCode = 'name-remove-special';
  if (csvBad) {
    const code = name.includes("'") && PATTERNS.fullName.test(name) ? 'name-no-apostrophe-in-csv' : fixCode;
    out.errors.push(err('Full Name', 'csv-name-not-letters', fix(code, code === fixCode ? sp : { suggestion: name.replace(/'/g, '') }), undefined, wrongTypeMessage('Full Name')));
    return out;
  }
  const fx = hasDevanagari(name) ? fix('name-use-latin-letters') : fix(fixCode, sp);
  out.errors.push(err('Full Name', 'invalid-name', fx));
  return out;
}

/** Mistyped domains and what they meant (a Map: the domain of each row's email is looked up, a new string each time). */
const DOMAIN_TYPOS: ReadonlyMap<string, string> = new Map(Object.entries({
  'gmial.com': 'gmail.com', 'gmai.com': 'gmail.com', 'gamil.com': 'gmail.com', 'gmail.co': 'gmail.com', 'gmail.con': 'gmail.com',
  'gmail.cm': 'gmail.com', 'gmail.om': 'gmail.com', 'gmaill.com': 'gmail.com', 'gnail.com': 'gmail.com', 'gmal.com': 'gmail.com',
  'yaho.com': 'yahoo.com', 'yahoo.con': 'yahoo.com', 'yahooo.com': 'yahoo.com', 'yahoo.co': 'yahoo.co.in', 'hotmial.com': 'hotmail.com',
  'hotmail.con': 'hotmail.com', 'outlok.com': 'outlook.com', 'rediffmail.co': 'rediffmail.com', 'redifmail.com': 'rediffmail.com',
  'nic.co': 'nic.in', 'gov.co': 'gov.in', 'nic.com': 'nic.in', 'gov.com': 'gov.in', 'gmail.in': 'gmail.com',
}));

/** An email cleaned of the usual slips, when that makes it valid. */
function suggestEmail(email: string): string | undefined {
  const s = trimChar(email.replace(/^mailto:/i, '').replace(/[<>]/g, '').replace(/\s+/g, '').replace(/,/g, '.').replace(/\.{2,}/g, '.')
    .replace(/\.@/g, '@').replace(/@\./g, '@'), '.');
  return s !== email && PATTERNS.email.test(s) ? s : undefined;
}

/** Email: the portal's pattern; any domain. Warns about likely domain typos. */
export function checkEmail(cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readText('Email', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const email = r.text ?? '';
  if (PATTERNS.email.test(email)) {
    // The pattern allows ASCII only: lower-casing keeps every position.
    const lower = email.toLowerCase();
    out.value = lower;
    const domain = lower.slice(lower.lastIndexOf('@') + 1);
    const better = DOMAIN_TYPOS.get(domain);
    if (better) out.warnings.push(warn('Email', 'email-domain-typo', fix('email-fix-typo', { suggestion: email.slice(0, email.lastIndexOf('@') + 1) + better }), { domain }));
    return out;
  }
  const ats = (email.match(/@/g) ?? []).length;
  let fx;
  if (ats > 1 || /[;/|]/.test(email)) fx = fix('email-one-address');
  else if (ats === 0) fx = fix('email-missing-at');
  else {
    const suggestion = suggestEmail(email);
    if (suggestion) fx = fix(/\s/.test(email) ? 'email-remove-spaces' : 'email-fix-typo', { suggestion });
    else if (/[^\x00-\x7F]/.test(email)) fx = fix('email-remove-special');
    else fx = fix('email-check-domain');
  }
  out.errors.push(err('Email', 'invalid-email', fx));
  return out;
}

/** The fix for a mobile number that isn't 10 plain digits. */
function mobileFix(raw: string): ReturnType<typeof fix> {
  const text = javaTrim(raw);
  if (/^\d(?:\.\d+)?e\+?\d+$/i.test(text)) return fix('excel-scientific-notation');
  const folded = foldText(text);
  const numbers = folded.match(/\d[\d\s-]{8,}\d/g) ?? [];
  if (numbers.length > 1 || /[,;/|]/.test(text)) return fix('mobile-one-number');
  const digits = folded.replace(/\D/g, '');
  if (/[\u0966-\u096F]/.test(text) && digits.length === 10) return fix('mobile-ascii-digits', { suggestion: digits });
  if ((text.startsWith('+') || digits.length === 12) && digits.startsWith('91') && digits.length === 12) return fix('remove-country-code', { suggestion: digits.slice(2) });
  if (digits.length === 11 && digits.startsWith('0')) return fix('remove-leading-zero', { suggestion: digits.slice(1) });
  if (digits.length === 10 && text !== raw && text === digits) return fix('mobile-remove-spaces-around', { suggestion: digits });
  if (digits.length === 10) return fix('remove-spaces-dashes', { suggestion: digits });
  return fix('mobile-ten-digits', { count: digits.length });
}

/** Mobile Number: exactly 10 ASCII digits. A number cell is read as text; a date cell is its serial number. */
export function checkMobile(cell: Cell, ctx: FieldContext): FieldOutcome {
  const out = outcome();
  let raw: string;
  if (cell.kind === 'number') raw = numberToText(cell.value);
  else if (cell.kind === 'date') {
    out.errors.push(err('Mobile Number', 'invalid-mobile', fix('mobile-date-cell'), { value: String(excelSerial(cell.value)) }));
    return out;
  } else if (cell.kind === 'string') raw = ctx.source === 'xlsx' ? cell.text : javaTrim(cell.text);
  else return { ...out, errors: [wrongTypeError('Mobile Number', cell)] };
  if (isCsv(ctx) && !PATTERNS.csvMobile.test(raw)) {
    out.errors.push(err('Mobile Number', 'csv-mobile-not-digits', mobileFix(raw)));
    return out;
  }
  if (!PATTERNS.mobile.test(raw)) {
    out.errors.push(err('Mobile Number', 'invalid-mobile', mobileFix(raw)));
    return out;
  }
  out.value = raw;
  const lead = raw.charCodeAt(0); // 10 digits: the first one starts with 6 to 9 or not
  if (lead < 54 || lead > 57) out.warnings.push(warn('Mobile Number', 'mobile-not-6-9'));
  if (cell.kind === 'number' && cell.numFmt && /E\+/i.test(cell.numFmt)) out.warnings.push(warn('Mobile Number', 'mobile-shown-scientific', fix('excel-scientific-notation')));
  return out;
}

const HINDI_GROUPS: Readonly<Record<string, string>> = Object.freeze({ 'क': 'A', 'ख': 'B', 'ग': 'C', 'घ': 'D' });

/** The allowed group a mistyped value most likely means. */
export function guessGroup(value: string): string | undefined {
  const v = foldText(value).replace(/[\s\-_.:'"()]+/g, ' ').trim();
  const latin = v.match(/^(?:group|grp|gr|grup|class|category|cat|samooh|samuh)? ?([abcd])(?: ?(?:group|grade|non gazetted|gazetted))?$/);
  if (latin) return `Group ${latin[1].toUpperCase()}`;
  const hindi = v.match(/^(?:समूह|ग्रुप|वर्ग|श्रेणी)? ?[‘'"]?([कखगघ])[’'"]?$/);
  if (hindi) return `Group ${HINDI_GROUPS[hindi[1]]}`;
  if (/^contract/.test(v) || v === 'संविदा' || v === 'contractual staff') return 'Contractual Staff';
  if (/^others?$/.test(v) || v === 'अन्य') return 'Others';
  return GROUPS.find((g) => g.toLowerCase() === v);
}

/** Group: exactly one of the allowed values, case-sensitive. */
export function checkGroup(cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readText('Group', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const group = r.text ?? '';
  if (GROUPS.includes(group)) return out;
  const guess = guessGroup(group);
  out.errors.push(err('Group', 'invalid-group', guess ? fix('write-group-exactly', { suggestion: guess }) : fix('group-choose-one', { list: GROUPS.join(', ') })));
  return out;
}
