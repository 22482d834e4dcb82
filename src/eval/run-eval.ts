import { loadConfig } from '../config';
import { createCore } from '../compose';
import type { GroupScore } from './dev-set';
import { EVAL_SETS, evaluateAll, FAQ_SET } from './eval-sets';

const pct = (s: GroupScore) => `${(s.share * 100).toFixed(1)} % (${s.right}/${s.total})`;

/** `npm run eval [--verbose]`: per-form topic accuracy, declines and reply language on every labelled set. */
function main(): void {
  const verbose = process.argv.includes('--verbose');
  const { assistant } = createCore(loadConfig(), { recentQuestions: 0 });
  const report = evaluateAll(assistant);
  for (const set of EVAL_SETS) {
    const r = report.get(set.name)!;
    console.log(`${set.about} (test/fixtures/${set.file})`);
    for (const form of ['en', 'hi', 'hinglish']) if (r.topicByForm[form]) console.log(`  right topic, ${form.padEnd(8)} ${pct(r.topicByForm[form])}`);
    console.log(`  out of scope declined  ${pct(r.declined)}`);
    if (r.declineKind.total) console.log(`  right kind of decline  ${pct(r.declineKind)} (of those declined)`);
    console.log(`  reply language right   ${pct(r.language)}`);
    for (const [cat, s] of Object.entries(r.byCategory).sort()) console.log(`    category ${cat.padEnd(15)} ${pct(s)}`);
  }
  const faq = report.get(FAQ_SET.name)!;
  console.log(`${FAQ_SET.about} (test/fixtures/${FAQ_SET.file})`);
  console.log(`  onboarding questions on the right topic  ${pct(faq.topicByForm.faq)}`);
  console.log(`  other questions declined                 ${pct(faq.declined)}`);
  if (verbose) {
    for (const [name, r] of report) for (const m of r.misses) console.log(`  MISS ${name} [${m.form}] ${m.q}  expected=${m.expected} got=${m.got}`);
  }
}

main();
