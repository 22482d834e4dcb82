import { type FieldContext, type FieldOutcome, isEmptyCell } from './cell-read';
import { checkEmail, checkFullName, checkGroup, checkMobile } from './checks-core';
import { OPTIONAL_CHECKS } from './checks-optional';
import type { DuplicateTracker } from './duplicates';
import { deepFreeze } from '../shared/deep-freeze';
import { ALL_FIELDS, PORTAL_MESSAGES, REQUIRED_FIELDS, missingMessage } from './fields';
import type { Cell, FieldName, Layout, RawRow, RowError, RowResult, RowWarning } from './types';

const CORE: Readonly<Partial<Record<FieldName, (cell: Cell, ctx: FieldContext) => ReturnType<typeof checkEmail>>>> = Object.freeze({
  'Full Name': checkFullName,
  Email: (c: Cell) => checkEmail(c),
  'Mobile Number': checkMobile,
  Group: (c: Cell) => checkGroup(c),
});

type FieldCheck = (cell: Cell, ctx: FieldContext) => FieldOutcome;

/** Fields whose few values repeat down a sheet (a group, a gender, a pin code): each text is checked once per sheet. */
const REPEATING: ReadonlySet<FieldName> = new Set<FieldName>(['Group', 'Designation', 'Gender', 'Category', 'Date of Birth', 'Mother Tongue', 'Office Pin Code', 'External System Name', 'Tags']);
const MEMO_LIMIT = 2048;

/** Each field by its position in {@link ALL_FIELDS}: its check (none for a field without rules) and whether its texts repeat. */
const PLAN: readonly { readonly field: FieldName; readonly check: FieldCheck | undefined; readonly repeating: boolean }[] = ALL_FIELDS.map((field) => ({
  field, check: CORE[field] ?? OPTIONAL_CHECKS[field], repeating: REPEATING.has(field),
}));
const EMAIL_AT = ALL_FIELDS.indexOf('Email');
const MOBILE_AT = ALL_FIELDS.indexOf('Mobile Number');
/** Per layout, whether the field at each position is required. */
const REQUIRED_AT: Readonly<Record<Layout, readonly boolean[]>> = Object.freeze({
  current: ALL_FIELDS.map((f) => REQUIRED_FIELDS.current.includes(f)),
  '2023': ALL_FIELDS.map((f) => REQUIRED_FIELDS['2023'].includes(f)),
});
/** Per layout, the positions of the required fields, in their order. */
const REQUIRED_POSITIONS: Readonly<Record<Layout, readonly number[]>> = Object.freeze({
  current: REQUIRED_FIELDS.current.map((f) => ALL_FIELDS.indexOf(f)),
  '2023': REQUIRED_FIELDS['2023'].map((f) => ALL_FIELDS.indexOf(f)),
});
/** Each context's remembered outcomes, by field position, then by text. */
const memos = new WeakMap<FieldContext, (Map<string, FieldOutcome> | undefined)[]>();
/** The cells of the row being checked, by field position (checks never check another row meanwhile). */
const byPosition: (Cell | undefined)[] = new Array<Cell | undefined>(ALL_FIELDS.length).fill(undefined);

/**
 * Checks one data row as the portal would. Never throws.
 * `dup` (optional) flags emails and mobiles already seen in earlier rows.
 */
export function checkRow(row: RawRow, layout: Layout, ctx: FieldContext, dup?: DuplicateTracker): RowResult {
  for (let i = 0; i < PLAN.length; i++) byPosition[i] = row.cells[PLAN[i].field];
  return checkCells(row.line, byPosition, layout, ctx, dup);
}

/** {@link checkRow} with the row's cells by their field's position in {@link ALL_FIELDS} (undefined: no such cell). */
export function checkCells(line: number, cells: readonly (Cell | undefined)[], layout: Layout, ctx: FieldContext, dup?: DuplicateTracker): RowResult {
  const errors: RowError[] = [];
  let warnings: RowWarning[] | undefined;
  const required = REQUIRED_AT[layout];
  let missing: FieldName[] | undefined;
  for (const at of REQUIRED_POSITIONS[layout]) if (isEmptyCell(cells[at])) (missing ??= []).push(ALL_FIELDS[at]);
  const missingText = missing ? missingMessage(missing) : '';
  let email: string | undefined;
  let mobile: string | undefined;
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = []));
  for (let i = 0; i < PLAN.length; i++) {
    const cell = cells[i];
    const { field, check } = PLAN[i];
    if (cell === undefined || isEmptyCell(cell)) {
      if (missing && required[i]) errors.push({ field, code: 'missing', portalMessage: missingText });
      continue;
    }
    if (!check) continue;
    const out = PLAN[i].repeating && cell.kind === 'string' && cell.text.length <= 64 ? remembered(memo, i, cell.text, cell, ctx, check) : safe(check, cell, ctx, field);
    for (let e = 0; e < out.errors.length; e++) errors.push(out.errors[e]);
    for (let w = 0; w < out.warnings.length; w++) (warnings ??= []).push(out.warnings[w]);
    if (i === EMAIL_AT) email = out.value;
    else if (i === MOBILE_AT) mobile = out.value;
  }
  if (dup) dup.checkInto(line, email, mobile, errors);
  return { line, valid: errors.length === 0, errors, warnings: warnings ?? [], errorDetails: errors.length ? portalErrorDetails(errors, missing ?? []) : '' };
}

/** Runs a field check; an unexpected exception becomes an error result rather than escaping. */
function safe(check: FieldCheck, cell: Cell, ctx: FieldContext, field: FieldName): FieldOutcome {
  try {
    return check(cell, ctx);
  } catch {
    return { errors: [{ field, code: 'unreadable-value', portalMessage: `Invalid ${field}` }], warnings: [] };
  }
}

/** The outcome for a short text cell of a repeating field, checked once per distinct text (checks are pure: same cell, same context, same outcome). */
function remembered(memos: (Map<string, FieldOutcome> | undefined)[], at: number, text: string, cell: Cell, ctx: FieldContext, check: FieldCheck): FieldOutcome {
  let memo = memos[at];
  if (!memo) memos[at] = memo = new Map();
  let out = memo.get(text);
  if (!out) {
    out = deepFreeze(safe(check, cell, ctx, PLAN[at].field));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, out);
  }
  return out;
}

/**
 * What the portal writes into `Error Details`: the missing parameters alone when any is missing;
 * otherwise the field errors in the portal's order, then "Invalid Email Id" / "Invalid Mobile Number";
 * the "already registered" answers only when nothing else failed.
 */
export function portalErrorDetails(errors: readonly RowError[], missing: readonly FieldName[]): string {
  if (missing.length) return missingMessage(missing);
  // One pass (loops, not filter/map/find chains: fewer closures to compile for a function every failed row calls).
  const parts: string[] = [];
  let emailBad = false;
  let emailMessage: string | undefined;
  let mobileBad = false;
  for (const e of errors) {
    if (e.code.startsWith('duplicate-')) continue;
    if (e.field === 'Email') {
      emailBad = true;
      if (emailMessage === undefined && e.code !== 'invalid-email') emailMessage = e.portalMessage;
      continue;
    }
    parts.push(e.portalMessage);
    if (e.field === 'Mobile Number') mobileBad = true;
  }
  if (emailBad) parts.push(emailMessage ?? PORTAL_MESSAGES['invalid-email']);
  if (mobileBad) parts.push('Invalid Mobile Number');
  if (parts.length) return parts.join(', ');
  for (const e of errors) if (e.code.startsWith('duplicate-')) parts.push(e.portalMessage);
  return parts.join(', ');
}
