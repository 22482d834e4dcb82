import { loadConfig } from '../../src/config';
import { Core, createCore } from '../../src/compose';

/** A core built from the real content, with a fixed clock. */
export function createTestCore(now = new Date('2026-11-23T06:00:00Z')): Core {
  return createCore(loadConfig({}), { clock: () => now });
}
