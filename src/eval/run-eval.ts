import path from 'node:path';
import { loadConfig } from '../config';
import { createCore } from '../compose';
import { evaluate, FIXTURES, GroupScore, LabelledQuestion, readJsonLines } from './dev-set';

const pct = (s: GroupScore) => `${(s.share * 100).toFixed(1)} % (${s.right}/${s.total})`;

/** `npm run eval`: per-form topic accuracy, declines and reply language on the dev set and the FAQ. */
function main(): void {
  const verbose = process.argv.includes('--verbose');
  const { assistant } = createCore(loadConfig());
  const dev = evaluate(assistant, readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl')));
  console.log('Dev set (test/fixtures/dev-set.jsonl)');
  for (const [form, s] of Object.entries(dev.topicByForm)) console.log(`  right topic, ${form.padEnd(8)} ${pct(s)}`);
  console.log(`  out of scope declined  ${pct(dev.declined)}`);
  console.log(`  reply language right   ${pct(dev.language)}`);
  const holdouts = ['holdout-set.jsonl', 'holdout-set-2.jsonl', 'holdout-set-3.jsonl', 'holdout-set-4.jsonl', 'holdout-set-5.jsonl'].map((file) => {
    const report = evaluate(assistant, readJsonLines<LabelledQuestion>(path.join(FIXTURES, file)));
    console.log(`Held-out set (test/fixtures/${file}, written separately from the dev set)`);
    for (const [form, s] of Object.entries(report.topicByForm)) console.log(`  right topic, ${form.padEnd(8)} ${pct(s)}`);
    console.log(`  out of scope declined  ${pct(report.declined)}`);
    console.log(`  reply language right   ${pct(report.language)}`);
    return report;
  });
  const faqItems = readJsonLines<{ q: string; topic: string | null }>(path.join(FIXTURES, 'faq-labels.jsonl'));
  const faq = evaluate(assistant, faqItems.map((f) => ({ q: f.q, topic: f.topic, form: 'faq', lang: 'en' })));
  console.log('iGOT support FAQ questions (test/fixtures/faq-labels.jsonl)');
  console.log(`  onboarding questions on the right topic  ${pct(faq.topicByForm.faq)}`);
  console.log(`  other questions declined                 ${pct(faq.declined)}`);
  if (verbose) {
    for (const m of [...dev.misses, ...holdouts.flatMap((h) => h.misses), ...faq.misses]) console.log(`  MISS [${m.form}] ${m.q}  expected=${m.expected} got=${m.got}`);
  }
}

main();
