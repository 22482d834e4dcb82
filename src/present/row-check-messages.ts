import type { Fix, Note, RowError, RowWarning } from '../domain/bulk-upload';

/** A translate function (an i18next `t`, or a stub in tests). Keys are in the `checker` namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const NS = 'checker:';

/** The localised name of a field. */
export function fieldLabel(field: string, t: Translate): string {
  return t(`${NS}field.${field}`);
}

/** The fix as a sentence, with "Write: …" when there is a suggestion. */
export function fixText(fix: Fix | undefined, t: Translate): string {
  if (!fix) return '';
  const main = t(`${NS}fix.${fix.code}`, { ...fix.params });
  const suggestion = fix.params?.suggestion;
  return suggestion !== undefined && suggestion !== '' ? `${main} ${t(`${NS}fix.suggestion`, { suggestion })}` : main;
}

/** The plain explanation of an error, followed by its fix. */
export function errorText(e: RowError, t: Translate): string {
  return [t(`${NS}error.${e.code}`, { ...e.params }), fixText(e.fix, t)].filter(Boolean).join(' ');
}

/** The explanation of a warning, followed by its fix. */
export function warningText(w: RowWarning, t: Translate): string {
  return [t(`${NS}warning.${w.code}`, { ...w.params }), fixText(w.fix, t)].filter(Boolean).join(' ');
}

/** An input-level note. */
export function noteText(n: Note, t: Translate): string {
  return t(`${NS}note.${n.code}`, { ...n.params });
}

/** A limit (why the input was not checked). */
export function limitText(n: Note, t: Translate): string {
  return t(`${NS}limit.${n.code}`, { ...n.params });
}
