import fs from 'node:fs';
import path from 'node:path';
import type { Holiday } from './hours';

/** Reads every `content/holidays/<year>.json` (closed holidays of the help desk). */
export function loadHolidays(contentDir: string): Holiday[] {
  const dir = path.join(contentDir, 'holidays');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { holidays: Holiday[] }).holidays);
}
