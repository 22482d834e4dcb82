import type { FactRenderers } from './answer-text';

/** Plain-text renderers for the facts that capabilities add (directory, row check). */
export function factRenderers(): FactRenderers {
  return {};
}
