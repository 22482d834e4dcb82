import path from 'node:path';
import { loadConfig } from '../config';
import { MODEL_FILE, writeModel } from '../domain/understanding/load';

/** `npm run train`: trains the understanding model from content/understanding/ and stores it there. */
function main(): void {
  const { contentDir } = loadConfig();
  const started = process.hrtime.bigint();
  const model = writeModel(contentDir);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const features = Object.keys(model.weights).length;
  console.log(`trained ${model.classes.length} classes, ${features} features in ${ms.toFixed(0)} ms → ${path.join(contentDir, 'understanding', MODEL_FILE)}`);
}

main();
