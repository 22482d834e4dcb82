import type { Capability } from '../assistant/capability';
import type { Directory, DirectoryResult } from './types';

/** The topic the directory answers. */
export const KB_TOPIC = 'kb-representative';
/** General contact questions that become KB-representative questions when they name a listed organisation. */
const CONTACT_TOPICS: ReadonlySet<string> = new Set(['helpdesk-contacts']);
/** A bare name (a few words) that matching could not place is taken as a directory query. */
const MAX_BARE_NAME_WORDS = 6;

/**
 * The directory as an assistant capability: a `kb-representative` answer gets
 * the look-up of the organisation or person the question names (`null` when it
 * names none: the bot then asks which ministry); a bare ministry or person name
 * that matching could not place becomes a `kb-representative` question.
 */
export function directoryCapability(directory: Directory): Capability {
  return {
    enrich(topic, text) {
      return topic === KB_TOPIC ? { directory: directory.findInText(text) } : undefined;
    },
    retopic(topic, text) {
      return CONTACT_TOPICS.has(topic) && directory.findInText(text)?.matches.length ? KB_TOPIC : undefined;
    },
    rescue(text) {
      const result: DirectoryResult | null = directory.findInText(text);
      if (!result) return undefined;
      const bareName = result.kind === 'organisation' && text.trim().split(/\s+/).length <= MAX_BARE_NAME_WORDS;
      return result.matches.length || bareName ? { topic: KB_TOPIC, facts: { directory: result } } : undefined;
    },
  };
}
