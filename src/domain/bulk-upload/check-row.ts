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

/**
 * Checks one data row as the portal would. Never throws.
 * `dup` (optional) flags emails and mobiles already seen in earlier rows.
 */
export function checkRow(row: RawRow, layout: Layout, ctx: FieldContext, dup?: DuplicateTracker): RowResult {
  const errors: RowError[] = [];
  const warnings: RowWarning[] = [];
  const required = REQUIRED_FIELDS[layout];
  let missing: FieldName[] | undefined;
  for (const f of required) if (isEmptyCell(row.cells[f])) (missing ??= []).push(f);
  const missingText = missing ? missingMessage(missing) : '';
  let email: string | undefined;
  let mobile: string | undefined;
  for (const field of ALL_FIELDS) {
    const cell = row.cells[field];
    if (isEmptyCell(cell)) {
      if (missing?.includes(field)) errors.push({ field, code: 'missing', portalMessage: missingText });
      continue;
    }
    const check = CORE[field] ?? OPTIONAL_CHECKS[field];
    if (!check) continue;
    const out = REPEATING.has(field) && (cell as Cell).kind === 'string' ? remembered(ctx, field, cell as Cell & { text: string }, check) : safe(check, cell as Cell, ctx, field);
    for (const e of out.errors) errors.push(e);
    for (const w of out.warnings) warnings.push(w);
    if (field === 'Email') email = out.value;
    if (field === 'Mobile Number') mobile = out.value;
  }
  if (dup) for (const e of dup.check(row.line, email, mobile)) errors.push(e);
  return { line: row.line, valid: errors.length === 0, errors, warnings, errorDetails: errors.length ? portalErrorDetails(errors, missing ?? []) : '' };
}

/** Runs a field check; an unexpected exception becomes an error result rather than escaping. */
function safe(check: FieldCheck, cell: Cell, ctx: FieldContext, field: FieldName): FieldOutcome {
  try {
    return check(cell, ctx);
  } catch {
    return { errors: [{ field, code: 'unreadable-value', portalMessage: `Invalid ${field}` }], warnings: [] };
  }
}

type FieldCheck = (cell: Cell, ctx: FieldContext) => FieldOutcome;

/** Fields whose few values repeat down a sheet (a group, a gender, a pin code): each text is checked once per sheet. */
const REPEATING: ReadonlySet<FieldName> = new Set<FieldName>(['Group', 'Designation', 'Gender', 'Category', 'Date of Birth', 'Mother Tongue', 'Office Pin Code', 'External System Name', 'Tags']);
const MEMO_LIMIT = 2048;
const memos = new WeakMap<FieldContext, Map<FieldName, Map<string, FieldOutcome>>>();

/** The outcome for a text cell of a repeating field, checked once per distinct text (checks are pure: same cell, same context, same outcome). */
function remembered(ctx: FieldContext, field: FieldName, cell: Cell & { text: string }, check: FieldCheck): FieldOutcome {
  if (cell.text.length > 64) return safe(check, cell, ctx, field);
  let byField = memos.get(ctx);
  if (!byField) memos.set(ctx, (byField = new Map()));
  let memo = byField.get(field);
  if (!memo) byField.set(field, (memo = new Map()));
  let out = memo.get(cell.text);
  if (!out) {
    out = deepFreeze(safe(check, cell, ctx, field));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(cell.text, out);
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
  const fieldErrors = errors.filter((e) => e.field !== 'Email' && !e.code.startsWith('duplicate-')).map((e) => e.portalMessage);
  const tail: string[] = [];
  if (errors.some((e) => e.field === 'Email' && !e.code.startsWith('duplicate-'))) {
    const typeErr = errors.find((e) => e.field === 'Email' && e.code !== 'invalid-email' && !e.code.startsWith('duplicate-'));
    tail.push(typeErr ? typeErr.portalMessage : PORTAL_MESSAGES['invalid-email']);
  }
  if (errors.some((e) => e.field === 'Mobile Number' && !e.code.startsWith('duplicate-'))) tail.push('Invalid Mobile Number');
  const all = [...fieldErrors, ...tail];
  if (all.length) return all.join(', ');
  return errors.filter((e) => e.code.startsWith('duplicate-')).map((e) => e.portalMessage).join(', ');
}
