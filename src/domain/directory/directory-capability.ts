import type { Capability } from '../assistant/capability';
import type { Directory, DirectoryResult } from './types';

/** The topic the directory answers. */
export const KB_TOPIC = 'kb-representative';
/** General contact questions that become KB-representative questions when they name a listed organisation. */
const CONTACT_TOPICS: ReadonlySet<string> = new Set(['helpdesk-contacts']);

/**
 * The directory as an assistant capability: a `kb-representative` answer gets
 * the look-up of the organisation or person the question names (`null` when it
 * names none: the bot then asks which ministry); a listed ministry or person
 * named in a question that matching could not place becomes a `kb-representative` question.
 */
export function directoryCapability(directory: Directory): Capability {
  return {
    enrich(topic, text) {
      return topic === KB_TOPIC ? { directory: directory.findInText(text) } : undefined;
    },
    retopic(topic, text) {
      return CONTACT_TOPICS.has(topic) && directory.findInText(text, { suggestions: false })?.matches.length ? KB_TOPIC : undefined;
    },
    rescue(text) {
      const result: DirectoryResult | null = directory.findInText(text, { suggestions: false });
      return result?.matches.length ? { topic: KB_TOPIC, facts: { directory: result } } : undefined;
    },
  };
}
