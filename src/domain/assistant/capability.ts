import type { TopicId } from '../types';

/** Facts a capability adds to a reply, under its own name (e.g. `directory`, `rowCheck`). */
export type CapabilityFacts = Readonly<Record<string, unknown>>;

/** A topic and facts a capability decided on for a message. */
export interface CapabilityClaim {
  readonly topic: TopicId;
  readonly facts: CapabilityFacts;
}

/**
 * A capability plugged into the assistant (directory look-up, row check, …),
 * so the assistant itself knows none of them.
 */
export interface Capability {
  /** Takes a message before topic matching (e.g. pasted rows). */
  claim?(text: string): CapabilityClaim | undefined;
  /** Adds facts to an answer about `topic`. */
  enrich?(topic: TopicId, text: string): CapabilityFacts | undefined;
  /** Moves a matched topic to a more specific one (e.g. "contact for BPR&D" → the KB representative). */
  retopic?(topic: TopicId, text: string): TopicId | undefined;
  /** Offers a topic when matching declined or was unsure (e.g. a bare ministry name). */
  rescue?(text: string): CapabilityClaim | undefined;
}
