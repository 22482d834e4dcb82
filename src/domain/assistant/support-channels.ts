import fs from 'node:fs';
import path from 'node:path';
import { deepFreeze } from '../shared/deep-freeze';
import type { Lang } from '../types';

/** iGOT support's channels (`content/support-channels.json`), for questions about iGOT beyond onboarding. */
export interface SupportChannels {
  /** Ids of `content/sources.json` the channels are copied from. */
  readonly sources: readonly string[];
  readonly teamsUrl: string;
  readonly email: string;
  /** When the Teams support runs, per language. */
  readonly hours: Readonly<Record<Lang, string>>;
}

/** Reads `content/support-channels.json`; a source id not in `sources` fails the load. */
export function loadSupportChannels(contentDir: string, sourceIds: ReadonlySet<string>): SupportChannels {
  const channels = JSON.parse(fs.readFileSync(path.join(contentDir, 'support-channels.json'), 'utf8')) as SupportChannels;
  for (const id of channels.sources) {
    if (!sourceIds.has(id)) throw new Error(`content/support-channels.json: unknown source id "${id}" (not in content/sources.json)`);
  }
  return deepFreeze(channels);
}
