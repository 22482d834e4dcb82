import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { loadDirectory, type Directory } from '../domain/directory';

/** One labelled directory query (`test/fixtures/directory-queries.jsonl`). */
export interface DirectoryCase {
  readonly query: string;
  /** Organisations (as printed) any of which is right as the first match. */
  readonly expect?: readonly string[];
  /** The email of the person meant. */
  readonly person?: string;
  /** An organisation not in the annexure: nothing may match. */
  readonly unlisted?: boolean;
  /** Ask as a chat question (`findInText`) rather than a directory query (`lookup`). */
  readonly text?: boolean;
  /** A body not listed by name: no match, and one of these (the nearest listed body) first among the suggestions. */
  readonly nearest?: readonly string[];
  /** A state's department: no match, and said to be one. */
  readonly state?: boolean;
  /** A note the result must carry (e.g. `central-only` for a name states' departments share). */
  readonly caveat?: string;
}

/** The eval's figures. */
export interface DirectoryEvalReport {
  readonly listed: number;
  readonly rightFirst: number;
  readonly rightFirstPct: number;
  readonly unlisted: number;
  readonly unlistedMatched: number;
  readonly failures: readonly string[];
}

/** A line of the independently written held-out set (`test/fixtures/directory-holdout.jsonl`). */
interface HoldoutLine {
  readonly q: string;
  readonly expect: readonly string[];
  readonly email: string | null;
  readonly kind: string;
}

function toCase(line: DirectoryCase | HoldoutLine): DirectoryCase {
  if (!('q' in line)) return line;
  if (line.kind === 'unlisted') return { query: line.q, unlisted: true };
  if (line.kind === 'person') return { query: line.q, person: line.email ?? undefined };
  return { query: line.q, expect: line.expect };
}

/** Reads a labelled set (JSON lines; either shape). */
export function readCases(file: string): DirectoryCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => toCase(JSON.parse(l) as DirectoryCase | HoldoutLine));
}

/** Scores the directory on labelled cases: right contact first, unlisted organisations matched. */
export function evaluateDirectory(directory: Directory, cases: readonly DirectoryCase[]): DirectoryEvalReport {
  let listed = 0;
  let rightFirst = 0;
  let unlisted = 0;
  let unlistedMatched = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const r = c.text ? directory.findInText(c.query) : directory.lookup(c.query);
    const first = r?.matches[0];
    if (c.unlisted) {
      unlisted++;
      if (first) {
        unlistedMatched++;
        failures.push(`unlisted matched: "${c.query}" → ${first.organisation}`);
      }
      continue;
    }
    listed++;
    const noted = (code: string): boolean => !!r?.notes.some((n) => n.code === code);
    const ok = c.person
      ? first?.email === c.person && r?.kind === 'person'
      : c.nearest
        ? !first && c.nearest.includes(r?.suggestions[0]?.organisation ?? '') && noted('nearest')
        : c.state
          ? !first && noted('state-department')
          : !!first && (c.expect ?? []).includes(first.organisation) && (!c.caveat || noted(c.caveat));
    if (ok) rightFirst++;
    else failures.push(`wrong: "${c.query}" → ${first ? first.organisation : r ? 'no match' : 'null'}`);
  }
  return { listed, rightFirst, rightFirstPct: listed ? (100 * rightFirst) / listed : 0, unlisted, unlistedMatched, failures };
}

/** The labelled set shipped with the repository. */
export const DEFAULT_CASES = path.resolve(__dirname, '../../test/fixtures/directory-queries.jsonl');
/** The held-out set, written by someone who saw only the annexure. */
export const HOLDOUT_CASES = path.resolve(__dirname, '../../test/fixtures/directory-holdout.jsonl');
/** Names people use that the annexure does not print (issue 14): abbreviations in Devanagari, bodies under a listed one, states' departments. */
export const NAMES_PEOPLE_USE_CASES = path.resolve(__dirname, '../../test/fixtures/directory-names-people-use.jsonl');

if (require.main === module) {
  const directory = loadDirectory(loadConfig().contentDir);
  const files = process.argv[2] ? [process.argv[2]] : [DEFAULT_CASES, HOLDOUT_CASES, NAMES_PEOPLE_USE_CASES];
  for (const file of files) {
    const report = evaluateDirectory(directory, readCases(file));
    process.stdout.write(`${path.basename(file)}\n`);
    for (const f of report.failures) process.stdout.write(`  ${f}\n`);
    process.stdout.write(
      `  right contact first: ${report.rightFirst}/${report.listed} (${report.rightFirstPct.toFixed(1)} %)\n` +
        `  unlisted organisations matched: ${report.unlistedMatched}/${report.unlisted}\n`,
    );
  }
}
