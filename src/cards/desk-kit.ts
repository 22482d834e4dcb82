/** Shared pieces of the desk's cards: the context, India-time clock, ages, and text that is never read as markdown. */
import { elapsed } from '../domain/desk/stats';
import type { Lang } from '../domain/types';
import type { CardElement, CardT } from './card-kit';

/** What every desk card builder needs besides its data (all injected: builders stay pure). */
export interface DeskCardContext {
  readonly t: CardT;
  readonly lang: Lang;
  /** The moment the card is drawn: ages are counted to it. */
  readonly now: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'en' | 'hiDay' | 'hiClock'): Intl.DateTimeFormat {
  let f = formatters.get(kind);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'en' ? { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
        : kind === 'hiDay' ? { weekday: 'short', day: 'numeric', month: 'short' }
          : { hour: 'numeric', minute: '2-digit', dayPeriod: 'long' };
    formatters.set(kind, (f = new Intl.DateTimeFormat(kind === 'en' ? 'en-IN' : 'hi-IN', { ...options, timeZone: 'Asia/Kolkata' })));
  }
  return f;
}

/** An instant as a short India-time clock: "Mon, 23 Nov, 9:00 am"; in Hindi "सोम, 23 नव॰, सुबह 9:00 बजे" (the time of day as a word). */
export function deskTime(at: string | Date, lang: Lang): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (lang === 'hi') return `${formatter('hiDay').format(instant)}, ${formatter('hiClock').format(instant)} बजे`;
  return formatter('en').format(instant);
}

/** "25 minutes", "3 hours", "2 days" from `from` to the card's moment. */
export function deskAge(from: string, ctx: DeskCardContext): string {
  const e = elapsed(Date.parse(from), ctx.now.getTime());
  return ctx.t(`desk:age.${e.unit}`, { count: e.count });
}

/**
 * Text someone typed (a question, an answer, a name), shown as typed: a TextRun is never read
 * as markdown, so "[click](https://…)" in a question cannot become a link in the desk channel.
 */
export function typed(value: string, options: { isSubtle?: boolean; weight?: 'Bolder'; color?: 'Attention' } = {}): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: value, ...options }] };
}

/** "Label: value", the value shown as typed. */
export function labelled(label: string, value: string, options: { spacing?: 'None' | 'Small' } = {}): CardElement {
  return {
    type: 'RichTextBlock',
    ...(options.spacing ? { spacing: options.spacing } : {}),
    inlines: [{ type: 'TextRun', text: `${label}: `, weight: 'Bolder' }, { type: 'TextRun', text: value }],
  };
}

/** An `Action.Execute` (a universal action: arrives as the `adaptiveCard/action` invoke). */
export function execute(title: string, verb: string, data: object, options: { ignoreInputs?: boolean; style?: 'positive' | 'destructive' } = {}): CardElement {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(options.ignoreInputs ? { associatedInputs: 'none' } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
}

/** A button that opens a small card under it (the answer box, the topic choice). */
export function showCard(title: string, body: readonly CardElement[], actions: readonly CardElement[]): CardElement {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}
