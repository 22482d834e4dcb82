import { loadConfig } from '../config';
import { answerLengths, MAX_OPENING_WORDS } from '../domain/knowledge/answer-length';
import { loadAnswers } from '../domain/knowledge/answer-store';

/**
 * Prints the word counts of every answer (whole answer and opening, per language), longest
 * first, marking openings over the limit: `node dist/tools/answer-lengths.js [--top N]`.
 */
if (require.main === module) {
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : Infinity;
  const rows = answerLengths(loadAnswers(loadConfig().contentDir).values()).slice(0, top);
  process.stdout.write('topic\tlang\twhole\topening\n');
  for (const r of rows) process.stdout.write(`${r.topic}\t${r.lang}\t${r.total}\t${r.opening}${r.opening > MAX_OPENING_WORDS ? ' (over limit)' : ''}\n`);
}
