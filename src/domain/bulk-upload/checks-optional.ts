import { foldText } from '../text/normalize';
import { CATEGORIES, GENDERS, PATTERNS, javaTrim, trimChar } from './fields';
import type { Cell, FieldName } from './types';
import {
  type FieldContext, type FieldOutcome, dateFromSerial, ddmmyyyy, err, fix, outcome, readText, readTextOrNumber, warn, wrongTypeError,
} from './cell-read';

function specialChars(text: string): string {
  return Array.from(new Set(text.replace(/[a-zA-Z0-9 \-()]/g, ''))).join(' ');
}

/** Designation / Mother Tongue: no special characters (the master list can't be checked offline). */
export function checkMasterListField(field: 'Designation' | 'Mother Tongue', cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readText(field, cell);
  if (r.error) return { ...out, errors: [r.error] };
  const value = r.text ?? '';
  if (!PATTERNS.noSpecial.test(value)) {
    const suggestion = value.replace(/[^a-zA-Z0-9 \-()]+/g, ' ').replace(/ +/g, ' ').trim();
    const code = field === 'Designation' ? 'invalid-designation' : 'invalid-mother-tongue';
    out.errors.push(err(field, code, fix('remove-special-characters', suggestion ? { chars: specialChars(value), suggestion } : { chars: specialChars(value) })));
  }
  return out;
}

const GENDER_GUESS: Readonly<Record<string, string>> = Object.freeze({
  m: 'Male', male: 'Male', man: 'Male', पुरुष: 'Male', f: 'Female', female: 'Female', woman: 'Female', महिला: 'Female',
  other: 'Others', others: 'Others', o: 'Others', अन्य: 'Others', transgender: 'Others',
});
const CATEGORY_GUESS: Readonly<Record<string, string>> = Object.freeze({
  gen: 'General', general: 'General', ur: 'General', unreserved: 'General', sámanya: 'General', सामान्य: 'General',
  obc: 'OBC', obcncl: 'OBC', 'obc ncl': 'OBC', sc: 'SC', st: 'ST', ews: 'EWS',
});

/** Gender / Category: exactly one of the allowed values. */
export function checkChoice(field: 'Gender' | 'Category', cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readText(field, cell);
  if (r.error) return { ...out, errors: [r.error] };
  const value = r.text ?? '';
  const allowed = field === 'Gender' ? GENDERS : CATEGORIES;
  if (allowed.includes(value)) return out;
  const key = foldText(value).replace(/[\s\-_.]+/g, ' ').trim();
  const guess = (field === 'Gender' ? GENDER_GUESS : CATEGORY_GUESS)[key] ?? (field === 'Category' ? CATEGORY_GUESS[key.replace(/ /g, '')] : undefined);
  const code = field === 'Gender' ? 'invalid-gender' : 'invalid-category';
  out.errors.push(err(field, code, guess ? fix('write-value-exactly', { suggestion: guess }) : fix('choose-one', { list: allowed.join(', ') })));
  return out;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses dd-mm-yyyy as Java's non-lenient SimpleDateFormat does (a prefix is enough); the day as UTC midnight. */
export function parsePortalDate(text: string): Date | undefined {
  const m = /^(\d+)-(\d+)-(\d+)/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || y > 275000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date;
}

/** Whether a day is within the portal's range: after 65 years ago, not in the future (local calendar). */
function inRange(day: Date, now: Date): boolean {
  const local = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  local.setFullYear(day.getUTCFullYear());
  const past = new Date(now.getTime());
  past.setFullYear(past.getFullYear() - 65);
  return local.getTime() > past.getTime() && local.getTime() <= now.getTime();
}

/** Birth dates already judged for this "now" (a sheet has a few thousand distinct ones at most; the memory is bounded). */
const judged = { now: NaN, good: new Map<string, boolean>() };

/** Whether dd-mm-yyyy text is a real date in the portal's range, remembered per text. */
function isGoodBirthDate(text: string, now: Date): boolean {
  if (judged.now !== now.getTime()) {
    judged.now = now.getTime();
    judged.good.clear();
  }
  let good = judged.good.get(text);
  if (good === undefined) {
    const day = parsePortalDate(text);
    good = day !== undefined && inRange(day, now);
    if (judged.good.size >= 10_000) judged.good.clear();
    judged.good.set(text, good);
  }
  return good;
}

function suggestDate(text: string): string | undefined {
  const t = foldText(text);
  let m = /^(\d{1,2})[/.\s_](\d{1,2})[/.\s_](\d{4})$/.exec(t);
  if (m) return `${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}-${m[3]}`;
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return `${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}-${m[1]}`;
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (m && t !== text) return t;
  return undefined;
}

/** Date of Birth: dd-mm-yyyy, a real date, within the last 65 years, not in the future. */
export function checkDateOfBirth(cell: Cell, ctx: FieldContext): FieldOutcome {
  const out = outcome();
  let text: string;
  if (cell.kind === 'string') text = javaTrim(cell.text);
  else if ((cell.kind === 'number' || cell.kind === 'date') && ctx.source === 'xlsx') {
    const day = cell.kind === 'date' ? cell.value : dateFromSerial(cell.value);
    text = ddmmyyyy(day);
    out.warnings.push(warn('Date of Birth', 'dob-date-cell', fix('format-as-text'), { value: text }));
  } else return { ...out, errors: [wrongTypeError('Date of Birth', cell)] };
  if (isGoodBirthDate(text, ctx.now)) return out;
  const day = parsePortalDate(text);
  const suggestion = suggestDate(text);
  const fx = day ? fix('dob-check-date') : suggestion && parsePortalDate(suggestion) ? fix('dob-use-dd-mm-yyyy', { suggestion }) : fix('dob-use-dd-mm-yyyy');
  out.errors.push(err('Date of Birth', 'invalid-dob', fx));
  return out;
}

/** Employee ID: 1–30 letters or digits, no spaces. */
export function checkEmployeeId(cell: Cell, ctx: FieldContext): FieldOutcome {
  const out = outcome();
  const r = readTextOrNumber('Employee ID', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const id = r.text ?? '';
  const valid = PATTERNS.employeeId.test(id);
  if (valid && !id.includes(' ')) return out;
  const suggestion = id.replace(/[^a-zA-Z0-9]/g, '').slice(0, 30);
  const sp = suggestion && suggestion !== id ? { suggestion } : undefined;
  if (!valid) out.errors.push(err('Employee ID', 'invalid-employee-id', fix(id.length > 30 ? 'employee-id-max-30' : 'letters-digits-only', sp)));
  if (id.includes(' ')) {
    const portal = ctx.source === 'csv' ? 'Employee Id cannot contain spaces' : undefined;
    out.errors.push(err('Employee ID', 'employee-id-has-spaces', fix('remove-spaces', sp), undefined, portal));
  }
  return out;
}

/** Office Pin Code: exactly 6 digits. */
export function checkPinCode(cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readTextOrNumber('Office Pin Code', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const pin = r.text ?? '';
  if (PATTERNS.pinCode.test(pin)) return out;
  const digits = foldText(pin).replace(/\D/g, '');
  out.errors.push(err('Office Pin Code', 'invalid-pin-code', fix('pin-six-digits', digits.length === 6 ? { suggestion: digits } : undefined)));
  return out;
}

/** External System ID: 1–30 letters/digits, single hyphens between them. */
export function checkExternalSystemId(cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readTextOrNumber('External System ID', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const id = r.text ?? '';
  if (PATTERNS.externalSystemId.test(id)) return out;
  const suggestion = trimChar(trimChar(id.replace(/[^a-zA-Z0-9]+/g, '-'), '-').slice(0, 30), '-');
  const ok = suggestion && PATTERNS.externalSystemId.test(suggestion);
  out.errors.push(err('External System ID', 'invalid-external-system-id', fix('external-id-format', ok ? { suggestion } : undefined)));
  return out;
}

/** External System Name: letters, digits, space, dot, hyphen (not digits only), up to 255. */
export function checkExternalSystemName(cell: Cell): FieldOutcome {
  const out = outcome();
  const r = readText('External System Name', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const name = r.text ?? '';
  if (PATTERNS.externalSystemName.test(name)) return out;
  const code = /^\d+$/.test(name) ? 'external-name-not-only-digits' : name.length > 255 ? 'external-name-max-255' : 'external-name-format';
  out.errors.push(err('External System Name', 'invalid-external-system-name', fix(code)));
  return out;
}

/** Tags: split on "," (";" in csv), each trimmed tag letters and spaces only. */
export function checkTags(cell: Cell, ctx: FieldContext): FieldOutcome {
  const out = outcome();
  const r = readText('Tags', cell);
  if (r.error) return { ...out, errors: [r.error] };
  const text = r.text ?? '';
  const separator = ctx.source === 'csv' ? ';' : ',';
  if (!text.includes(separator) && PATTERNS.tag.test(javaTrim(text))) return out; // one good tag: the common case
  const tags = text.split(separator).map(javaTrim);
  const bad = tags.filter((t) => !PATTERNS.tag.test(t));
  if (!bad.length) return out;
  const fx = bad.every((t) => t === '') ? fix('tags-remove-empty') : fix('tags-letters-only', { tags: bad.filter(Boolean).join(', ') });
  const portal = ctx.source === 'csv'
    ? "Invalid Tag: Tags are separated by '|' and can contain only alphabets with spaces. e.g., Bihar Circle|Patna Division"
    : undefined;
  out.errors.push(err('Tags', 'invalid-tag', fx, undefined, portal));
  return out;
}

/** The check for each optional/extra field. */
export const OPTIONAL_CHECKS: Readonly<Partial<Record<FieldName, (cell: Cell, ctx: FieldContext) => FieldOutcome>>> = Object.freeze({
  Designation: (c: Cell) => checkMasterListField('Designation', c),
  Gender: (c: Cell) => checkChoice('Gender', c),
  Category: (c: Cell) => checkChoice('Category', c),
  'Date of Birth': checkDateOfBirth,
  'Mother Tongue': (c: Cell) => checkMasterListField('Mother Tongue', c),
  'Employee ID': checkEmployeeId,
  'Office Pin Code': checkPinCode,
  'External System ID': checkExternalSystemId,
  'External System Name': checkExternalSystemName,
  Tags: checkTags,
});
