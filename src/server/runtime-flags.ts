/**
 * The Node options the server runs with: `npm start` passes exactly these (a test
 * checks), and the benchmark starts its servers with them. The old-generation cap
 * keeps the heap (and so resident memory) from growing far past what the server
 * needs; bulk-upload files are checked in a worker thread with its own limit.
 */
export const SERVER_NODE_FLAGS: readonly string[] = Object.freeze(['--no-deprecation', '--max-old-space-size=128']);
