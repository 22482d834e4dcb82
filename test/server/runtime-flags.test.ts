import pkg from '../../package.json';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime-flags';

describe('runtime flags', () => {
  it('npm start runs the server with exactly the flags the benchmark uses', () => {
    // scripts/start.js builds when the sources changed, then runs dist/index.js's main() in the same process.
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.js`);
  });
});
