import { foldText } from '../text/normalize';
import { LAYOUT_COLUMNS } from './fields';
import type { FieldName, Layout } from './types';

/** A header cell's meaning: a field, the halves of a split name, the portal's own output columns, or nothing known. */
export type HeaderMeaning = FieldName | 'first-name' | 'last-name' | 'portal-output' | null;

const ALIASES: ReadonlyArray<readonly [HeaderMeaning, readonly string[]]> = Object.freeze([
  ['Full Name', ['fullname', 'name', 'employeename', 'nameofemployee', 'nameoftheemployee', 'officername', 'nameofofficer', 'username', 'learnername', 'नाम', 'पूरानाम']],
  ['Email', ['email', 'emailid', 'emailaddress', 'mail', 'mailid', 'personalemail', 'officialemail', 'emailidofficial', 'ईमेल', 'ईमेलआईडी']],
  ['Mobile Number', ['mobilenumber', 'mobileno', 'mobile', 'phone', 'phonenumber', 'phoneno', 'contactnumber', 'contactno', 'mobilenum', 'cellnumber', 'मोबाइल', 'मोबाइलनंबर', 'मोबाइलनं']],
  ['Group', ['group', 'groupname', 'grp', 'employeegroup', 'समूह', 'ग्रुप']],
  ['Designation', ['designation', 'position', 'post', 'pad', 'पदनाम', 'पद']],
  ['Gender', ['gender', 'sex', 'लिंग']],
  ['Category', ['category', 'castecategory', 'socialcategory', 'श्रेणी', 'वर्ग']],
  ['Date of Birth', ['dateofbirth', 'dob', 'birthdate', 'dateofbirthddmmyyyy', 'जन्मतिथि']],
  ['Mother Tongue', ['mothertongue', 'language', 'मातृभाषा']],
  ['Employee ID', ['employeeid', 'empid', 'employeecode', 'empcode', 'staffid', 'employeeno', 'employeenumber']],
  ['Office Pin Code', ['officepincode', 'pincode', 'pin', 'postalcode', 'officepin']],
  ['External System ID', ['externalsystemid', 'externalreferenceid', 'externalid', 'ehrmsid', 'ehrmscode', 'hrmsid']],
  ['External System Name', ['externalsystemname', 'externalsystem', 'externalreferencesystem', 'externalreferencesystemname']],
  ['Tags', ['tags', 'tag']],
  ['first-name', ['firstname']],
  ['last-name', ['lastname', 'surname']],
  ['portal-output', ['status', 'errordetails']],
]);

const BY_KEY: ReadonlyMap<string, HeaderMeaning> = new Map(ALIASES.flatMap(([m, keys]) => keys.map((k) => [k, m] as const)));

/** Longest cell read as a header name: the longest alias with its notes is far shorter (a longer cell is data, and is not folded). */
const MAX_HEADER_CELL = 200;

/** The key a header cell is looked up by: folded, without "(mandatory)", "*", punctuation or spaces ('' for a cell too long to be a header). */
export function headerKey(text: string): string {
  if (text.length > MAX_HEADER_CELL) return '';
  // `[^()]` (not `[^)]`): a run of "(" is then read in linear time, each "(" scanning only up to the next one.
  return foldText(text).replace(/\([^()]*\)/g, '').replace(/\b(mandatory|optional|required)\b/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** What a header cell means, or null. */
export function headerMeaning(text: string): HeaderMeaning {
  return BY_KEY.get(headerKey(text)) ?? null;
}

/** True when the cells read as a header row: two or more known names, and no email address or long number. */
export function isHeaderRow(cells: readonly string[]): boolean {
  if (cells.some((c) => /@/.test(c) || /\d{6,}/.test(c))) return false;
  return cells.filter((c) => headerMeaning(c) !== null).length >= 2;
}

/** A header read: each column's meaning and the layout it implies. */
export interface HeaderMap {
  readonly columns: readonly HeaderMeaning[];
  readonly layout: Layout;
  readonly unknown: readonly string[];
  readonly outOfOrder: boolean;
}

const CURRENT_ONLY: readonly FieldName[] = ['Designation', 'Gender', 'Category', 'Date of Birth', 'Mother Tongue', 'Employee ID', 'Office Pin Code'];

/** Reads a header row. */
export function readHeader(cells: readonly string[]): HeaderMap {
  const seen = new Set<HeaderMeaning>();
  const columns = cells.map((c) => {
    const m = headerMeaning(c);
    if (m === null || seen.has(m)) return null;
    seen.add(m);
    return m;
  });
  const unknown = cells.filter((c, i) => columns[i] === null && c.trim() !== '' && headerMeaning(c) === null);
  const layout: Layout = columns.some((m) => CURRENT_ONLY.includes(m as FieldName)) ? 'current' : '2023';
  const expected = LAYOUT_COLUMNS[layout];
  const outOfOrder = columns.some((m, i) => m !== null && m !== 'portal-output' && expected.includes(m as FieldName) && expected[i] !== m);
  return { columns, layout, unknown, outOfOrder };
}

const DESIGNATION_WORDS = /\b(officer|assistant|asst|clerk|engineer|director|secretary|manager|inspector|teacher|peon|driver|steno|stenographer|accountant|consultant|analyst|head|chief|deputy|dy|joint|under|section|superintendent|technician|operator|attendant|guard|executive|scientist|professor|lecturer|doctor|nurse|constable|mts|ldc|udc|patwari|lekhpal|tehsildar|commissioner|collector|typist|supervisor|coordinator|associate|junior|senior|jr|sr|multi|tasking|staff|sub|additional|addl|registrar|librarian|pharmacist|warden|store|keeper|programmer|developer|sepoy|helper|gardener|mali|chowkidar|daftari|cashier|auditor|principal|vice|chairman|member|advisor|adviser|expert|specialist|fellow|intern|trainee)\b/i;

/** Guesses the layout of header-less rows from what sits in columns 5 to 8. */
export function guessLayout(rows: readonly (readonly string[])[]): Layout {
  let current = 0;
  let old = 0;
  let widest = 0;
  for (const cells of rows.slice(0, 50)) {
    const width = lastFilled(cells) + 1;
    widest = Math.max(widest, width);
    const [c5 = '', c6 = '', c7 = '', c8 = ''] = cells.slice(4).map((c) => c.trim());
    if (width > 7) current += 3;
    if (c5 && DESIGNATION_WORDS.test(c5)) current += 2;
    else if (c5 && !c5.includes(',')) current += 1;
    if (c5.includes(',')) old += 2;
    if (/^(male|female|others?|m|f)$/i.test(c6)) current += 2;
    if (/^(general|obc|sc|st|ews|gen)$/i.test(c7)) current += 2;
    if (/\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/.test(c8)) current += 2;
    if (/\d/.test(c6) && !/^\d{6}$/.test(c6)) old += 1;
    if (width === 7 && /[a-z]/i.test(c7) && !/^(general|obc|sc|st|ews|gen)$/i.test(c7)) old += 1;
  }
  if (current === old) return widest > 4 && current > 0 ? 'current' : '2023';
  return current > old ? 'current' : '2023';
}

/** Index of the last non-empty cell (-1 when all are empty). */
export function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim() !== '') return i;
  return -1;
}
