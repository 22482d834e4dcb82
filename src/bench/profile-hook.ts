import fs from 'node:fs';
import inspector from 'node:inspector';

/**
 * Preloaded into a benchmark server (`node --require dist/bench/profile-hook.js …`): the first
 * SIGUSR2 starts V8's CPU profiler, the second stops it and writes the profile to
 * `SAHAYAK_PROFILE_OUT`. So a profile holds the measured load only, not start-up.
 */
const session = new inspector.Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  session.post('Profiler.stop', (err, result) => {
    running = false;
    if (!err && process.env.SAHAYAK_PROFILE_OUT) fs.writeFileSync(process.env.SAHAYAK_PROFILE_OUT, JSON.stringify(result.profile));
  });
});
