/** Small helpers that build Adaptive Card (schema 1.5) JSON: pure data, no Bot Framework. */

/** An Adaptive Card element or action, as plain JSON. */
export type CardElement = Readonly<Record<string, unknown>>;

/** An Adaptive Card (what Teams renders: schema 1.5 at most). */
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly fallbackText: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardElement[];
  readonly msteams?: { readonly width: 'Full' };
}

/** A translate function fixed to the card's language (an i18next `t`, or a stub in tests). */
export type CardT = (key: string, options?: Record<string, unknown>) => string;

/** The content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A whole card: body, actions (omitted when empty) and the plain-text fallback. No `lang`
 * property: the message's `locale` carries the language (and adaptivecards 3.0.x validates
 * `lang` with a global regex that alternates between pass and fail).
 */
export function adaptiveCard(body: readonly CardElement[], actions: readonly CardElement[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    fallbackText,
    body: body.filter(Boolean),
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** Options of a text block. */
export interface TextOptions {
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly weight?: 'Bolder' | 'Default' | 'Lighter';
  readonly isSubtle?: boolean;
  readonly color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  readonly spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  readonly separator?: boolean;
}

/** A wrapping text block. */
export function text(value: string, options: TextOptions = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/** A bold heading. */
export function heading(value: string, size: TextOptions['size'] = 'Medium'): CardElement {
  return text(value, { size, weight: 'Bolder' });
}

/** A numbered list as one text block (Adaptive Cards markdown: "1. …" lines). */
export function numbered(items: readonly string[]): CardElement {
  return text(items.map((s, i) => `${i + 1}. ${s}`).join('\r'), { spacing: 'Small' });
}

/** A bullet list as one text block. */
export function bullets(items: readonly string[]): CardElement {
  return text(items.map((s) => `- ${s}`).join('\r'), { spacing: 'Small' });
}

/** Options of a container. */
export interface ContainerOptions {
  readonly separator?: boolean;
  readonly style?: 'emphasis' | 'default' | 'warning';
  /** An id, so that a toggle button can show or hide it. */
  readonly id?: string;
  /** False: hidden until a toggle button shows it. */
  readonly isVisible?: boolean;
}

/** A container grouping elements. */
export function container(items: readonly CardElement[], options: ContainerOptions = {}): CardElement {
  return { type: 'Container', items: items.filter(Boolean), ...options };
}

/** A button that shows or hides the elements with these ids, in the card itself (no post-back). */
export function toggle(title: string, targetIds: readonly string[]): CardElement {
  return { type: 'Action.ToggleVisibility', title, targetElements: targetIds };
}

/** A title/value list. */
export function factSet(facts: readonly { title: string; value: string }[]): CardElement {
  return { type: 'FactSet', facts };
}

/** A row of buttons inside the body. */
export function actionSet(actions: readonly CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** A button that posts `data` back to the bot (arrives as a message with `value`). */
export function submit(title: string, data: object): CardElement {
  return { type: 'Action.Submit', title, data };
}

/** A button that opens a URL (https, mailto, Teams deep link). */
export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/** The "Chat in Teams" deep link for an email address. */
export function teamsChatLink(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}

/** A mailto: link. */
export function mailtoLink(email: string): string {
  return `mailto:${email}`;
}
