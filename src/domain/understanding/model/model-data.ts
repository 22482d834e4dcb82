/** A trained linear model as stored in `content/understanding/model.json`. */
export interface ModelData {
  /** Format version of this file. */
  readonly version: number;
  /** Hash of everything the model was trained from (see `trainingFingerprint`): a mismatch means retrain. */
  readonly fingerprint: string;
  /** Class names: topic ids and the two out-of-scope classes. */
  readonly classes: readonly string[];
  /** Per-class bias. */
  readonly bias: readonly number[];
  /** Feature → flat list of (class index, weight) pairs; weights near zero are left out. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Concept → the in-scope classes whose examples name it most (for "did you mean" on a bare word). */
  readonly topicsOf?: Readonly<Record<string, readonly number[]>>;
  /** Class → its examples' deciding features (the nearest-example matcher reads them instead of the texts). */
  readonly exampleFeatures?: Readonly<Record<string, readonly (readonly string[])[]>>;
}

/** The current format version. */
export const MODEL_VERSION = 1;

/** The class of iGOT questions outside onboarding (declined, pointed to iGOT support). */
export const OUT_IGOT = 'out-of-scope-igot';
/** The class of everything not about iGOT (declined plainly). */
export const OUT_OTHER = 'out-of-scope';

/** True for the two out-of-scope classes. */
export const isOutOfScope = (cls: string): boolean => cls === OUT_IGOT || cls === OUT_OTHER;
