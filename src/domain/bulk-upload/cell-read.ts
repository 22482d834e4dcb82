import { PORTAL_MESSAGES, javaTrim, numberToText, wrongTypeMessage } from './fields';
import type { Cell, FieldName, Fix, Params, RowError, RowWarning, Source } from './types';

/** What checking one field produced. */
export interface FieldOutcome {
  errors: RowError[];
  warnings: RowWarning[];
  /** The value as the portal reads it (for duplicate detection), when there is one. */
  value?: string;
}

/** Context every field check gets. */
export interface FieldContext {
  readonly source: Source;
  /** "Now", injectable for date tests. */
  readonly now: Date;
}

/** A new empty outcome. */
export function outcome(): FieldOutcome {
  return { errors: [], warnings: [] };
}

/** Builds an error whose portal message comes from the code (keys in the order field, code, portalMessage, params, fix: each shape one literal). */
export function err(field: FieldName, code: string, fix?: Fix, params?: Params, portalMessage?: string): RowError {
  const message = portalMessage ?? PORTAL_MESSAGES[code] ?? code;
  if (params && hasKeys(params)) return fix ? { field, code, portalMessage: message, params, fix } : { field, code, portalMessage: message, params };
  return fix ? { field, code, portalMessage: message, fix } : { field, code, portalMessage: message };
}

/** Builds a warning (keys in the order field, code, params, fix). */
export function warn(field: FieldName, code: string, fix?: Fix, params?: Params): RowWarning {
  if (params && hasKeys(params)) return fix ? { field, code, params, fix } : { field, code, params };
  return fix ? { field, code, fix } : { field, code };
}

const hasKeys = (params: Params): boolean => Object.keys(params).length > 0;

/** A fix with optional params (params dropped when empty). */
export function fix(code: string, params?: Params): Fix {
  return params && hasKeys(params) ? { code, params } : { code };
}

/** True when a cell counts as empty (blank, or only spaces). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell || cell.kind === 'blank') return true;
  if (cell.kind === 'string') return javaTrim(cell.text) === '';
  return false;
}

/** The error for a cell of a type the portal refuses in this field. */
export function wrongTypeError(field: FieldName, cell: Cell): RowError {
  const code = cell.kind === 'formula' ? 'formula-cell' : 'wrong-cell-type';
  const fixCode = cell.kind === 'formula' ? 'replace-formula-with-value' : cell.kind === 'error' ? 'fix-cell-error' : 'format-as-text';
  return err(field, code, fix(fixCode), { kind: cell.kind }, wrongTypeMessage(field));
}

/**
 * Reads a text-only field as the portal does: a string cell, trimmed.
 * Returns the text, or an error for numbers, dates, formulas (pasted text is always a string).
 */
export function readText(field: FieldName, cell: Cell): { text?: string; error?: RowError } {
  if (cell.kind === 'string') return { text: javaTrim(cell.text) };
  return { error: wrongTypeError(field, cell) };
}

/** Reads a field that may be a number or a string (Employee ID, Pin Code, External System ID). */
export function readTextOrNumber(field: FieldName, cell: Cell): { text?: string; error?: RowError } {
  if (cell.kind === 'string') return { text: javaTrim(cell.text) };
  if (cell.kind === 'number') return { text: numberToText(cell.value) };
  return { error: wrongTypeError(field, cell) };
}

/** Excel's serial day number for a date cell (dates are calendar days at UTC midnight, as exceljs gives them). */
export function excelSerial(date: Date): number {
  return Math.floor((date.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The calendar day (UTC midnight) an Excel serial number stands for. */
export function dateFromSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
}

/** Formats a calendar day (UTC midnight) as dd-mm-yyyy. */
export function ddmmyyyy(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}-${p(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

/** Whether a source treats the text as a CSV file does on the portal. */
export function isCsv(ctx: FieldContext): boolean {
  return ctx.source === 'csv';
}
