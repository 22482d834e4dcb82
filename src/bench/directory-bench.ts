import { loadConfig } from '../config';
import { loadDirectory } from '../domain/directory';

const QUERIES = Object.freeze([
  'Ministry of Coal', 'MeitY', 'रेल मंत्रालय', 'rail mantralaya', 'minstry of tourisim', 'Ministry of Power', 'CRPF', 'NITI Aayog',
  'departmnt of post', 'Ministry of Education', 'गृह मंत्रालय', 'BPR&D', 'Nidhi', 'Rakshanda Thakur', 'ministry of petrolium and natural gas',
  'Department of Telecommunications', 'energy', 'D/o Higher Education', 'Prime Minister\'s Office', 'khel mantralaya',
]);

/** Times directory lookups of varied queries after a warm-up; returns median and 99th percentile in milliseconds. */
export function benchDirectory(contentDir = loadConfig().contentDir, rounds = 200): { medianMs: number; p99Ms: number } {
  const directory = loadDirectory(contentDir);
  for (let i = 0; i < 20; i++) for (const q of QUERIES) directory.lookup(q);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of QUERIES) {
      const t0 = process.hrtime.bigint();
      directory.lookup(q);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { medianMs: at(0.5), p99Ms: at(0.99) };
}

if (require.main === module) {
  const t0 = process.hrtime.bigint();
  loadDirectory(loadConfig().contentDir);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const { medianMs, p99Ms } = benchDirectory();
  process.stdout.write(`directory load ${loadMs.toFixed(1)} ms; lookup median ${medianMs.toFixed(4)} ms, p99 ${p99Ms.toFixed(4)} ms\n`);
}
