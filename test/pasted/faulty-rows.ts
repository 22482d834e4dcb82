/**
 * One pasted row per faulty kind of bulk-upload-rules.md (each field's rule, a missing required
 * field, duplicates across rows), as a person would paste it without a header, with the errors
 * (`Field:code`) the portal's rules give it.
 */
export interface FaultyRowCase {
  readonly kind: string;
  /** Rows of cells (most cases one row; duplicates two). */
  readonly rows: readonly (readonly string[])[];
  /** Errors per row, as `Field:code`. */
  readonly errors: readonly (readonly string[])[];
}

/** A row of the current layout that passes every rule. */
export const GOOD_ROW: readonly string[] = Object.freeze([
  'Suresh Yadav', 'suresh.yadav@nic.in', '9811223344', 'Group B', 'Section Officer', 'Male', 'General',
  '12-05-1990', 'Hindi', 'EMP1234', '110001', 'EHRMS-1', 'eHRMS', 'finance',
]);

const COLUMN = {
  name: 0, email: 1, mobile: 2, group: 3, designation: 4, gender: 5, category: 6,
  dob: 7, tongue: 8, employeeId: 9, pin: 10, externalId: 11, externalName: 12, tags: 13,
} as const;

/** The good row with one cell replaced. */
export function rowWith(column: keyof typeof COLUMN, value: string, base: readonly string[] = GOOD_ROW): string[] {
  const row = [...base];
  row[COLUMN[column]] = value;
  return row;
}

const one = (kind: string, row: readonly string[], ...errors: string[]): FaultyRowCase => ({ kind, rows: [row], errors: [errors] });

/** Every faulty kind, one row each (duplicates: two rows, the second fails). */
export const FAULTY_ROWS: readonly FaultyRowCase[] = Object.freeze([
  one('name with a double space', rowWith('name', 'Suresh  Yadav'), 'Full Name:invalid-name'),
  one('name with a dot', rowWith('name', 'S. Yadav'), 'Full Name:invalid-name'),
  one('name in Devanagari', rowWith('name', 'सुरेश यादव'), 'Full Name:invalid-name'),
  one('name with digits', rowWith('name', 'Suresh Yadav2'), 'Full Name:invalid-name'),
  one('email without its domain ending', rowWith('email', 'suresh.yadav@nic'), 'Email:invalid-email'),
  one('email without @', rowWith('email', 'suresh.yadav.nic.in'), 'Email:invalid-email'),
  one('email with a space', rowWith('email', 'suresh yadav@nic.in'), 'Email:invalid-email'),
  one('mobile of five digits', rowWith('mobile', '98112'), 'Mobile Number:invalid-mobile'),
  one('mobile with +91', rowWith('mobile', '+91 9811223344'), 'Mobile Number:invalid-mobile'),
  one('mobile with a leading zero', rowWith('mobile', '09811223344'), 'Mobile Number:invalid-mobile'),
  one('mobile as Excel shows it', rowWith('mobile', '9.81122E+09'), 'Mobile Number:invalid-mobile'),
  one('group not written exactly', rowWith('group', 'group b'), 'Group:invalid-group'),
  one('group as a letter', rowWith('group', 'B'), 'Group:invalid-group'),
  one('designation with a special character', rowWith('designation', 'Section Officer@HQ'), 'Designation:invalid-designation'),
  one('gender as a letter', rowWith('gender', 'M'), 'Gender:invalid-gender'),
  one('category not in the list', rowWith('category', 'Gen'), 'Category:invalid-category'),
  one('date of birth as yyyy-mm-dd', rowWith('dob', '1990-05-12'), 'Date of Birth:invalid-dob'),
  one('date of birth that is no date', rowWith('dob', '31-02-1990'), 'Date of Birth:invalid-dob'),
  one('mother tongue with a special character', rowWith('tongue', 'Hindi!'), 'Mother Tongue:invalid-mother-tongue'),
  one('employee id with a space', rowWith('employeeId', 'EMP 1234'), 'Employee ID:invalid-employee-id', 'Employee ID:employee-id-has-spaces'),
  one('employee id with a dash', rowWith('employeeId', 'EMP-1234'), 'Employee ID:invalid-employee-id'),
  one('pin code of five digits', rowWith('pin', '11000'), 'Office Pin Code:invalid-pin-code'),
  one('external system id with an underscore', rowWith('externalId', 'EHRMS_1'), 'External System ID:invalid-external-system-id'),
  one('external system name of digits only', rowWith('externalName', '12345'), 'External System Name:invalid-external-system-name'),
  one('tag with a digit', rowWith('tags', 's2'), 'Tags:invalid-tag'),
  one('full name missing', rowWith('name', ''), 'Full Name:missing'),
  one('email missing', rowWith('email', ''), 'Email:missing'),
  one('mobile missing', rowWith('mobile', ''), 'Mobile Number:missing'),
  one('group missing', rowWith('group', ''), 'Group:missing'),
  one('designation missing', rowWith('designation', ''), 'Designation:missing'),
  { kind: 'the same email twice', rows: [GOOD_ROW, rowWith('mobile', '9811223345', rowWith('name', 'Asha Verma'))], errors: [[], ['Email:duplicate-email']] },
  { kind: 'the same mobile twice', rows: [GOOD_ROW, rowWith('email', 'asha.verma@nic.in', rowWith('name', 'Asha Verma'))], errors: [[], ['Mobile Number:duplicate-mobile']] },
  one('2023 layout: email without its domain ending', ['Suresh Yadav', 'suresh.yadav@nic', '9811223344', 'Group B'], 'Email:invalid-email'),
  one('2023 layout: mobile of five digits', ['Suresh Yadav', 'suresh.yadav@nic.in', '98112', 'Group B'], 'Mobile Number:invalid-mobile'),
  one('2023 layout: email missing', ['Suresh Yadav', '', '9811223344', 'Group B'], 'Email:missing'),
]);
