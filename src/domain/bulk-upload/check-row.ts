import { type FieldContext, isEmptyCell } from './cell-read';
import { checkEmail, checkFullName, checkGroup, checkMobile } from './checks-core';
import { OPTIONAL_CHECKS } from './checks-optional';
import type { DuplicateTracker } from './duplicates';
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
  const missing = required.filter((f) => isEmptyCell(row.cells[f]));
  const missingText = missingMessage(missing);
  let email: string | undefined;
  let mobile: string | undefined;
  for (const field of ALL_FIELDS) {
    const cell = row.cells[field];
    if (isEmptyCell(cell)) {
      if (missing.includes(field)) errors.push({ field, code: 'missing', portalMessage: missingText });
      continue;
    }
    const check = CORE[field] ?? OPTIONAL_CHECKS[field];
    if (!check) continue;
    const out = safe(() => check(cell as Cell, ctx), field);
    errors.push(...out.errors);
    warnings.push(...out.warnings);
    if (field === 'Email') email = out.value;
    if (field === 'Mobile Number') mobile = out.value;
  }
  if (dup) errors.push(...dup.check(row.line, email, mobile));
  return { line: row.line, valid: errors.length === 0, errors, warnings, errorDetails: portalErrorDetails(errors, missing) };
}

/** Runs a field check; an unexpected exception becomes an error result rather than escaping. */
function safe(run: () => ReturnType<typeof checkEmail>, field: FieldName): ReturnType<typeof checkEmail> {
  try {
    return run();
  } catch {
    return { errors: [{ field, code: 'unreadable-value', portalMessage: `Invalid ${field}` }], warnings: [] };
  }
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
