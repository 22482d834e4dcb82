'use strict';
/**
 * restify 11 requires `spdy` when it loads, but only uses it for `createServer({ spdy })`, which this
 * project never calls. The real spdy fails to load on Node.js 22+ (http-deceiver and handle-thing call
 * `process.binding()`, removed from Node), so this package stands in for it (an npm override in the
 * project's package.json). restify 12 drops spdy; moving up removes this folder and the override.
 */
function createServer() {
  throw new Error('SPDY is not available in iGOT Sahayak (restify 11 on Node.js 22+): serve HTTP/1.1 or use restify options.http2');
}

module.exports = { createServer };
