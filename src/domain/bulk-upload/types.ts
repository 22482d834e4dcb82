/** Shared types of the bulk-upload checker (pure data, no I/O). */

/** Field names exactly as in `bulk-upload-rules.md`. */
export type FieldName =
  | 'Full Name' | 'Email' | 'Mobile Number' | 'Group' | 'Designation' | 'Gender' | 'Category'
  | 'Date of Birth' | 'Mother Tongue' | 'Employee ID' | 'Office Pin Code'
  | 'External System ID' | 'External System Name' | 'Tags';

/** The two templates: the current (2024 code) layout and the 2023 template. */
export type Layout = 'current' | '2023';

/** Where the rows came from: decides the few rules the portal applies differently to csv. */
export type Source = 'paste' | 'xlsx' | 'csv';

/** Parameters interpolated into a message. */
export type Params = Readonly<Record<string, string | number>>;

/** A concrete fix, as data (code → i18n key `fix.<code>`). */
export interface Fix {
  readonly code: string;
  readonly params?: Params;
}

/** Something the portal rejects. */
export interface RowError {
  readonly field: FieldName;
  readonly code: string;
  readonly params?: Params;
  /** The text the portal itself would show for this problem. */
  readonly portalMessage: string;
  readonly fix?: Fix;
}

/** Likely trouble that the portal accepts. */
export interface RowWarning {
  readonly field: FieldName;
  readonly code: string;
  readonly params?: Params;
  readonly fix?: Fix;
}

/** The result for one data row. `valid` means "no error found offline", never "will succeed". */
export interface RowResult {
  readonly line: number;
  readonly valid: boolean;
  readonly errors: readonly RowError[];
  readonly warnings: readonly RowWarning[];
  /** What the portal would write into `Error Details` (errors joined by ", "). */
  readonly errorDetails: string;
}

/** An input-level note (code → i18n key `note.<code>`). */
export interface Note {
  readonly code: string;
  readonly params?: Params;
}

/** The result for one input (pasted block or file). */
export interface CheckResult {
  readonly layout: Layout;
  /** True when there was no header and the layout was guessed from positions. */
  readonly layoutAssumed: boolean;
  readonly headerFound: boolean;
  readonly rows: readonly RowResult[];
  readonly notes: readonly Note[];
  /** Set when the input could not be checked at all (too many rows, unreadable…). */
  readonly limit?: Note;
}

/** One cell as read from a sheet or pasted text (the kind matters: the portal reads cells by type). */
export type Cell =
  | { readonly kind: 'blank' }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly numFmt?: string }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'formula'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly text: string };

/** A data row: its line number and its cells, keyed by field. */
export interface RawRow {
  readonly line: number;
  readonly cells: Partial<Record<FieldName, Cell>>;
}
