import type { FieldName, Layout } from './types';

/** The columns of each layout, in the order the portal reads them. */
export const LAYOUT_COLUMNS: Readonly<Record<Layout, readonly FieldName[]>> = Object.freeze({
  current: Object.freeze([
    'Full Name', 'Email', 'Mobile Number', 'Group', 'Designation', 'Gender', 'Category', 'Date of Birth',
    'Mother Tongue', 'Employee ID', 'Office Pin Code', 'External System ID', 'External System Name', 'Tags',
  ] as FieldName[]),
  '2023': Object.freeze([
    'Full Name', 'Email', 'Mobile Number', 'Group', 'Tags', 'External System ID', 'External System Name',
  ] as FieldName[]),
});

/** Every field, in the current layout's order (the order errors are reported in). */
export const ALL_FIELDS: readonly FieldName[] = LAYOUT_COLUMNS.current;

/** Required fields per layout (Designation only in the current layout). */
export const REQUIRED_FIELDS: Readonly<Record<Layout, readonly FieldName[]>> = Object.freeze({
  current: Object.freeze(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation'] as FieldName[]),
  '2023': Object.freeze(['Full Name', 'Email', 'Mobile Number', 'Group'] as FieldName[]),
});

/** Allowed values (case-sensitive, from the deployment's env file). */
export const GROUPS: readonly string[] = Object.freeze(['Group A', 'Group B', 'Group C', 'Group D', 'Contractual Staff', 'Others']);
export const GENDERS: readonly string[] = Object.freeze(['Male', 'Female', 'Others']);
export const CATEGORIES: readonly string[] = Object.freeze(['General', 'OBC', 'SC', 'ST', 'EWS']);

/** Java's `\s` (no Unicode flag): space, tab, LF, VT, FF, CR. */
const JS = "[ \\t\\n\\x0B\\f\\r]";
/** Java's `.`: anything but a line terminator. */
const JDOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

/** The portal's regexes, translated so that a JS full match equals Java's `matches()`. */
export const PATTERNS = Object.freeze({
  fullName: new RegExp(`^(?!${JDOT}*\\n)[a-zA-Z]+(?:['${JS.slice(1, -1)}][a-zA-Z]+)*$`),
  email: /^[a-zA-Z0-9_+&*-]+(?:\.[a-zA-Z0-9_+&*-]+)*@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,7}$/,
  mobile: /^[0-9]{10}$/,
  noSpecial: /^[a-zA-Z0-9 \-()]*$/,
  employeeId: /^[a-zA-Z0-9]{1,30}$/,
  pinCode: /^[0-9]{6}$/,
  externalSystemId: new RegExp(`^(?=${JDOT}{1,30}$)[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$`),
  externalSystemName: new RegExp(`^(?=${JDOT}*[a-zA-Z .-])[a-zA-Z0-9 .-]{1,255}$`),
  tag: new RegExp(`^(?!${JDOT}*\\n)[a-zA-Z${JS.slice(1, -1)},]+$`),
  csvFullName: /^[a-zA-Z ]+$/,
  csvMobile: /^[0-9]+$/,
});

/** Java's String.trim(): strips every char <= U+0020 at both ends (not NBSP). */
export function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The text without any `char` at either end (a loop: a pattern such as `/x+$/` retries from every x of a long run). */
export function trimChar(text: string, char: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === char) start++;
  while (end > start && text[end - 1] === char) end--;
  return text.slice(start, end);
}

/** Java's NumberToTextConverter.toText for the values a sheet holds. */
export function numberToText(value: number): string {
  // A safe integer's String is its exact digits, as toFixed(0) gives them (and quicker); past 2^53 only toFixed is exact.
  if (Number.isSafeInteger(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const s = String(value);
  return s.replace(/e\+?/, 'E');
}

const TYPE_SUFFIX: Readonly<Partial<Record<FieldName, string>>> = Object.freeze({
  'Mobile Number': 'number/string format',
  'Employee ID': 'string/number format',
  'Office Pin Code': 'number/string format',
  'External System ID': 'string/number format',
});

/** The portal's messages, by error code (`{{list}}`-free: they are the portal's own words). */
export const PORTAL_MESSAGES = Object.freeze({
  'invalid-name': 'Invalid Full Name',
  'invalid-email': 'Invalid Email Id',
  'invalid-mobile': 'The Mobile Number provided is Invalid',
  'invalid-group': `Invalid Group : Group can be only among one of these [${GROUPS.join(', ')}]`,
  'invalid-designation': 'Invalid Designation: Designation should be added from default list and/or cannot contain special character',
  'invalid-gender': `Invalid Gender : Gender can be only among one of these [${GENDERS.join(', ')}]`,
  'invalid-category': `Invalid Category : Category can be only among one of these [${CATEGORIES.join(', ')}]`,
  'invalid-dob': 'Invalid format for Date of Birth type. Expecting in dd-mm-yyyy format',
  'invalid-mother-tongue': 'Invalid Mother Tongue: Mother Tongue should be added from default list and/or cannot contain special character',
  'invalid-employee-id': 'Invalid Employee ID : Employee ID can contain alphabetic, alphanumeric or numeric character(s) and have a max length of 30',
  'employee-id-has-spaces': 'Invalid Employee ID : Employee Id cannot contain spaces',
  'invalid-pin-code': 'Invalid Office Pin Code : Office Pin Code should be numeric and is of 6 digit.',
  'invalid-external-system-id': 'Invalid External System ID : External System Id can contain alphanumeric characters and have a max length of 30',
  'invalid-external-system-name': 'Invalid External System Name : External System Name can contain only alphabets and alphanumeric and can have a max length of 255',
  'invalid-tag': 'Invalid Tag : Tags are comma seperated string values. A Tag can contain only alphabets with spaces. eg: Bihar Circle, Patna Division',
  'duplicate-email': 'Email id already registered',
  'duplicate-mobile': 'Mobile number is already registered',
  'csv-mobile-not-digits': 'Invalid value for Mobile Number column type. Expecting number format',
} as Record<string, string>);

/** "Invalid value for X column type. Expecting …" (a cell of the wrong type: number, formula, date…). */
export function wrongTypeMessage(field: FieldName): string {
  if (field === 'Date of Birth') return 'Invalid value for Date of Birth column type. Expecting string type in dd-mm-yyyy format';
  const name = field === 'Group' ? 'Group Name' : field;
  return `Invalid value for ${name} column type. Expecting ${TYPE_SUFFIX[field] ?? 'string format'}`;
}

/** "Failed to process user record. Missing Parameters - [A, B]". */
export function missingMessage(fields: readonly FieldName[]): string {
  return `Failed to process user record. Missing Parameters - [${fields.join(', ')}]`;
}
