/**
 * The Node options the server runs with: `npm start` passes exactly these (a test
 * checks), and the benchmark starts its servers with them. The old-generation cap
 * keeps the heap (and so resident memory) from growing far past what the server
 * needs; bulk-upload files are checked in a worker thread with its own limit. The
 * young generation is sized explicitly: left to itself, Node 24's V8 sized it from the
 * cap so that under load it ran a full mark-compact where a scavenge would do (85 in
 * 5 s against 8) and held 278 MB resident; with 8 MB semi-spaces Node 24 holds about
 * 165 MB and spends a quarter less CPU a turn, and Node 20 (whose default is 16 MB) about the same.
 * `--pending-deprecation` (silenced by `--no-deprecation`) makes Node settle the
 * `new Buffer()` warning once: restify's body reader calls it on every request, and
 * otherwise Node walks the call stack on each of the first 10,000 calls to decide.
 */
export const SERVER_NODE_FLAGS: readonly string[] = Object.freeze(['--no-deprecation', '--pending-deprecation', '--max-old-space-size=128', '--max-semi-space-size=8']);
