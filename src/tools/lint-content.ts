import { loadConfig } from '../config';
import { readDirectoryFiles, validateDirectoryContent, type ContentProblem } from '../domain/directory';
import { loadHolidays } from '../domain/help-desk/holiday-store';
import { holidayListWarnings, holidayWarningText } from '../domain/help-desk/holiday-lists';

/** The content check's outcome: report lines and the exit status. */
export interface LintOutcome {
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1;
  readonly problems: readonly ContentProblem[];
}

/** The holiday-list warnings at `now` (a list that cannot be read counts as missing). */
function holidayLines(contentDir: string, now: Date): string[] {
  let years: number[] = [];
  try {
    years = [...new Set(loadHolidays(contentDir).map((h) => Number(h.date.slice(0, 4))))];
  } catch {
    years = [];
  }
  return holidayListWarnings(years, now).map((w) => `WARN ${holidayWarningText(w)}`);
}

/**
 * Checks the content in `contentDir`: documented annexure flaws are reported, structural problems
 * fail; missing holiday lists (this year's, and next year's from 1 November) are warned about.
 */
export function lintContent(contentDir: string, now: Date = new Date()): LintOutcome {
  let files;
  try {
    files = readDirectoryFiles(contentDir);
  } catch (err) {
    const message = `directory content unreadable: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    return { lines: [`ERROR ${message}`, ...holidayLines(contentDir, now)], exitCode: 1, problems: [{ code: 'missing-field', message }] };
  }
  const report = validateDirectoryContent(files.annexure, files.aliases, {
    genericNames: files.genericNames, otherSources: files.otherSources, sourceIds: files.citations.size ? new Set(files.citations.keys()) : undefined,
  });
  const rows = files.annexure.rows ?? [];
  const rowText = (i: number): string => {
    const r = rows[i];
    return `row ${i + 1} [${r.organisation} | ${r.name} | ${r.email} | ${r.mobile}]`;
  };
  const lines: string[] = [];
  for (const f of report.flaws) {
    const what = f.code === 'name-variants'
      ? `one email ${f.email} under several names (${f.names.join(' / ')})`
      : `${f.organisation}: email belongs to ${f.emailOfName}, name to ${f.nameOfName}, mobile to ${f.mobileOfName}`;
    lines.push(`${f.documented ? 'FLAW (documented)' : 'FLAW (NEW)'} ${f.code}: ${what}; ${f.rows.map(rowText).join('; ')}`);
  }
  for (const w of report.warnings) lines.push(`WARN ${w}`);
  lines.push(...holidayLines(contentDir, now));
  for (const p of report.problems) lines.push(`ERROR ${p.code}: ${p.message}`);
  lines.push(report.problems.length ? `content check failed: ${report.problems.length} problem(s)` : `content check passed: ${rows.length} rows, ${report.flaws.length} documented flaw(s)`);
  return { lines, exitCode: report.problems.length ? 1 : 0, problems: report.problems };
}

if (require.main === module) {
  const outcome = lintContent(loadConfig().contentDir);
  for (const line of outcome.lines) (outcome.exitCode ? process.stderr : process.stdout).write(`${line}\n`);
  process.exitCode = outcome.exitCode;
}
