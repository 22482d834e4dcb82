/**
 * Short first, in the card: for every topic in both languages the answer card shows the opening,
 * folds the steps behind "Show steps" and the details, links, contacts and note behind "More"
 * (hidden containers toggled in the card), and the text version (`sahayak ask`) has it all.
 */
import path from 'node:path';
import { MORE_ID, STEPS_ID } from '../../src/cards/answer-parts';
import { loadAnswers } from '../../src/domain/knowledge/answer-store';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import type { AdaptiveCard } from '../../src/cards';
import type { Lang } from '../../src/domain/types';
import { core, presenter } from './card-fixtures';
import { cardText } from './card-text';
import { cardProblems } from './validate-card';

type Node = Record<string, unknown>;
const LANGS: Lang[] = ['en', 'hi'];

/** Every element and action in a card (body, containers, action sets, card actions). */
function nodes(card: AdaptiveCard): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    out.push(n as Node);
    for (const key of ['body', 'items', 'actions']) walk((n as Node)[key]);
  };
  walk(card.body);
  walk(card.actions);
  return out;
}

/** The card as first shown: hidden containers left out. */
function visibleCard(card: AdaptiveCard): AdaptiveCard {
  const strip = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.filter((x) => !(x && typeof x === 'object' && (x as Node).isVisible === false)).map(strip);
    if (!n || typeof n !== 'object') return n;
    return Object.fromEntries(Object.entries(n as Node).map(([k, v]) => [k, k === 'items' || k === 'actions' ? strip(v) : v]));
  };
  return { ...card, body: strip(card.body) as AdaptiveCard['body'] };
}

const container = (card: AdaptiveCard, id: string): AdaptiveCard | undefined => {
  const c = nodes(card).find((n) => n.type === 'Container' && n.id === id);
  return c ? ({ body: c.items } as unknown as AdaptiveCard) : undefined;
};

/** Every topic that has an answer in content/answers. */
const TOPICS = [...loadAnswers(path.resolve(__dirname, '../../content')).keys()];
const text = () => new TextRenderer(core().assistant, core().i18n, factRenderers(core().directory));

describe.each(LANGS)('answer cards in %s: the opening first, the rest folded', (lang) => {
  const table = TOPICS.map((topic) => [topic]);

  it('covers every answer there is', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(33);
  });

  it.each(table)('%s', (topic) => {
    const reply = core().assistant.answerTopic(topic, lang);
    const a = reply.answer![lang];
    const card = presenter().card(reply);
    expect(cardProblems(card)).toEqual([]);

    // In view: the opening, and none of the steps, details or note.
    const shown = cardText(visibleCard(card));
    expect(shown).toContain(a.body);
    a.steps.forEach((s, i) => expect(shown).not.toContain(`${i + 1}. ${s}`));
    for (const d of a.details ?? []) expect(shown).not.toContain(d);
    if (a.note) expect(shown).not.toContain(a.note);

    // Folded: the steps behind "Show steps"; details, links, contacts and note behind "More".
    const steps = container(card, STEPS_ID);
    const more = container(card, MORE_ID);
    expect(Boolean(steps)).toBe(a.steps.length > 0);
    expect(Boolean(more)).toBe(Boolean(a.details?.length || a.links.length || a.contacts.length || a.note));
    if (steps) a.steps.forEach((s, i) => expect(cardText(steps)).toContain(`${i + 1}. ${s}`));
    if (more) {
      const text = cardText(more);
      for (const d of a.details ?? []) expect(text).toContain(d);
      for (const l of a.links) expect(text).toContain(l.url);
      for (const c of a.contacts) for (const v of [c.name, c.email, c.mobile].filter(Boolean)) expect(text).toContain(v!);
      if (a.note) expect(text).toContain(a.note);
    }

    // Each toggle names a hidden container that exists exactly once; each hidden container has a toggle.
    const all = nodes(card);
    const toggles = all.filter((n) => n.type === 'Action.ToggleVisibility');
    const hidden = all.filter((n) => n.isVisible === false);
    expect(toggles.flatMap((t) => t.targetElements as string[]).sort()).toEqual(hidden.map((h) => h.id as string).sort());
    for (const h of hidden) expect(all.filter((n) => n.id === h.id)).toHaveLength(1);
    const t = presenter().t(lang);
    expect(toggles.map((x) => x.title)).toEqual([...(steps ? [t('cards:answer.showSteps')] : []), ...(more ? [t('cards:answer.more')] : [])]);

    // The text version (what `sahayak ask` prints and the card's fallback) has everything, in full.
    const plain = text().render(reply);
    for (const part of [a.body, ...a.steps, ...(a.details ?? []), ...a.links.map((l) => l.url), ...(a.note ? [a.note] : [])]) expect(plain).toContain(part);
  });
});

describe('folding keeps the card usable', () => {
  it('a source note that explains the sources disagreeing stays, under "More"', () => {
    const reply = core().assistant.answerTopic('no-government-email', 'en');
    const more = container(presenter().card(reply), MORE_ID)!;
    expect(reply.answer!.en.note).toMatch(/^Sources disagree/);
    expect(cardText(more)).toContain(reply.answer!.en.note!);
  });

  it('inserted cards (messaging extension) fold the same way, with no post-back buttons', () => {
    const card = presenter().card(core().assistant.answerTopic('login', 'hi'), false);
    expect(JSON.stringify(card)).not.toContain('Action.Submit');
    expect(nodes(card).filter((n) => n.type === 'Action.ToggleVisibility')).toHaveLength(2);
  });

  it('the opening is still the first text after the title, before the fold', () => {
    const card = presenter().card(core().assistant.answerTopic('otp-problem', 'en'));
    const body = card.body as Node[];
    expect(body[1].text).toBe(core().assistant.answerFor('otp-problem')!.en.body);
    const fold = body.findIndex((n) => n.type === 'ActionSet' && (n.actions as Node[]).some((x) => x.type === 'Action.ToggleVisibility'));
    const firstHidden = body.findIndex((n) => n.isVisible === false);
    expect(fold).toBeGreaterThan(1);
    expect(firstHidden).toBe(fold + 1);
  });
});
