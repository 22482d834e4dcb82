import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFileBuffer, limitResult, type FileCheckOptions, type FileCheckOutcome } from './check-file';

/**
 * A file is checked in its own thread: the bot keeps answering others, and a huge sheet can't exhaust the server's memory.
 * Each check has its own heap limit and time limit; at most `SAHAYAK_FILE_CHECKS` run at once (see CheckLimiter), so the
 * server's peak stays under 1 GB with every slot busy.
 */
export const WORKER_LIMITS = Object.freeze({ maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 32, timeoutMs: 60_000 });

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/**
 * Checks an in-memory .xlsx/.csv in a worker thread with its own memory limit and a
 * time limit. Never rejects: a worker that runs out of time or memory gives a limit result.
 * (Run from TypeScript sources, where there is no compiled worker, it checks in this thread.)
 */
export function checkBufferInWorker(buf: Buffer, options: FileCheckOptions = {}, limits = WORKER_LIMITS): Promise<FileCheckOutcome> {
  if (!fs.existsSync(WORKER_FILE)) return checkFileBuffer(buf, options);
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: FileCheckOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const worker = new Worker(WORKER_FILE, {
      workerData: { bytes: new Uint8Array(buf), options },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: (limits as { maxYoungGenerationSizeMb?: number }).maxYoungGenerationSizeMb ?? 32 },
    });
    const timer = setTimeout(() => finish({ result: limitResult('check-timeout') }), limits.timeoutMs);
    worker.once('message', (outcome: FileCheckOutcome) =>
      finish({ result: outcome.result, annotated: outcome.annotated ? Buffer.from(outcome.annotated) : undefined }),
    );
    worker.once('error', () => finish({ result: limitResult('file-too-complex') }));
    worker.once('exit', () => finish({ result: limitResult('file-too-complex') }));
  });
}
