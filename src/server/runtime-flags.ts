/**
 * The Node options the server runs with: `npm start` passes exactly these (a test
 * checks), and the benchmark starts its servers with them. The old-generation cap
 * keeps the heap (and so resident memory) from growing far past what the server
 * needs; bulk-upload files are checked in a worker thread with its own limit.
 * `--pending-deprecation` (silenced by `--no-deprecation`) makes Node settle the
 * `new Buffer()` warning once: restify's body reader calls it on every request, and
 * otherwise Node walks the call stack on each of the first 10,000 calls to decide.
 */
export const SERVER_NODE_FLAGS: readonly string[] = Object.freeze(['--no-deprecation', '--pending-deprecation', '--max-old-space-size=128']);
