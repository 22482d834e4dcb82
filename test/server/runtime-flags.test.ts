import pkg from '../../package.json';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime-flags';

describe('runtime flags', () => {
  it('npm start runs the server with exactly the flags the benchmark uses', () => {
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} dist/index.js`);
  });
});
