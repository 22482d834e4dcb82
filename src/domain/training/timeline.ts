/**
 * Training-date arithmetic from the Jan Seva guidelines: register at least 7 days before the
 * training; nodal officers make sure everyone logs in 1–2 days before; registration problems
 * may not be fixable on the day.
 */
import type { HelpDeskStatus } from '../help-desk/hours';
import { indiaToday } from './find-date';

export { findDate, indiaToday, tenseOf } from './find-date';

/** Where today stands against the training date. */
export type TrainingStage = 'ahead' | 'late' | 'today' | 'past';

/** Calendar dates (`YYYY-MM-DD`) computed for one training date. */
export interface TrainingDates {
  readonly trainingDate: string;
  /** Last day to complete registration (7 days before). */
  readonly registerBy: string;
  /** The log-in check window: 2 days before … 1 day before. */
  readonly checkFrom: string;
  readonly checkTo: string;
  /** The log-in check days that have not passed (none on or after the training day). */
  readonly checkDates: readonly string[];
  /** Whole days from today to the training (negative when it is past). */
  readonly daysLeft: number;
  /** Today is already past the register-by date. */
  readonly late: boolean;
  /** `ahead` (7 days or more), `late` (fewer), `today`, `past`. */
  readonly stage: TrainingStage;
  /** The fastest help, for a training today or past: the desk's state now and the iGOT queries contact. */
  readonly help?: { readonly desk?: HelpDeskStatus; readonly name?: string; readonly mobile?: string };
}

export const LEAD_DAYS = 7;
const DAY_MS = 86400000;

function iso(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Computes the register-by date, the log-in check days still ahead, and the stage, for a training date. */
export function trainingDates(trainingDate: string, now: Date): TrainingDates {
  const day = Date.parse(`${trainingDate}T00:00:00Z`);
  const today = indiaToday(now);
  const registerBy = day - LEAD_DAYS * DAY_MS;
  const daysLeft = Math.round((day - today) / DAY_MS);
  const check = [day - 2 * DAY_MS, day - DAY_MS];
  const stage: TrainingStage = daysLeft < 0 ? 'past' : daysLeft === 0 ? 'today' : today > registerBy ? 'late' : 'ahead';
  return {
    trainingDate,
    registerBy: iso(registerBy),
    checkFrom: iso(check[0]),
    checkTo: iso(check[1]),
    checkDates: check.filter((c) => c >= today).map(iso),
    daysLeft,
    late: today > registerBy,
    stage,
  };
}
