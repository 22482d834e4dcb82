import { parentPort, workerData } from 'node:worker_threads';
import { checkFileBuffer, type FileCheckOptions } from './check-file';

/** Worker-thread entry: checks one file buffer and posts the outcome back (see check-in-worker.ts). */
const { bytes, options } = workerData as { bytes: Uint8Array; options: FileCheckOptions };
void checkFileBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options).then((outcome) => parentPort!.postMessage(outcome));
