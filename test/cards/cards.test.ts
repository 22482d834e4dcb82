import {
  buildContactCard, buildGroupCard, buildHelpDeskCard, buildRowCheckCard, buildWelcomeCard, type AdaptiveCard, welcomeText,
} from '../../src/cards';
import type { DirectoryResult } from '../../src/domain/directory';
import type { Lang } from '../../src/domain/types';
import { core, presenter, sampleCheck, sampleReplies } from './card-fixtures';
import { cardProblems, textsIn, typesIn } from './validate-card';

const LANGS: Lang[] = ['en', 'hi'];
const DEVANAGARI = /\p{Script=Devanagari}/u;
const KNOWN_TYPES = new Set(['AdaptiveCard', 'TextBlock', 'Container', 'FactSet', 'ActionSet', 'Action.Submit', 'Action.OpenUrl', 'Action.ToggleVisibility']);

/** Every card kind in a language, by name. */
function allCards(lang: Lang): Record<string, AdaptiveCard> {
  const p = presenter();
  const c = core();
  const cards: Record<string, AdaptiveCard> = {};
  for (const [name, reply] of Object.entries(sampleReplies(lang))) {
    cards[`${name} (chat)`] = p.card(reply, true);
    cards[`${name} (inserted)`] = p.card(reply, false);
  }
  const ctx = (text: string, interactive = true) => p.cardContext(lang, text, interactive);
  const railways = c.directory.lookup('Ministry of Railways');
  cards['contact card'] = buildContactCard(railways, ctx('railways'));
  cards['contact card (person)'] = buildContactCard(c.directory.lookup('Akshay Sharma'), ctx('person'));
  cards['contact card (conflict row)'] = buildContactCard(c.directory.lookup('BPR&D'), ctx('bprd'));
  cards['group card'] = buildGroupCard(railways, railways.groups[0], ctx('entry', false));
  cards['contact card (20 organisations)'] = buildContactCard(c.directory.lookup('Muddukrishna'), ctx('many'));
  cards['contact card (state department)'] = buildContactCard(c.directory.lookup('UP shiksha vibhag'), ctx('state'));
  cards['contact card (nearest body)'] = buildContactCard(c.directory.lookup('CBDT'), ctx('nearest'));
  cards['row-check card'] = buildRowCheckCard(sampleCheck(), ctx('rows'));
  cards['help-desk card'] = buildHelpDeskCard(c.assistant.answerTopic('helpdesk-contacts', lang), ctx('desk'));
  cards['welcome card'] = buildWelcomeCard({ tEn: p.t('en'), tHi: p.t('hi'), fallbackText: 'welcome', shared: lang === 'hi' });
  cards['advice card'] = p.advice(lang, 'bot:group.pastedRows', { titleKey: 'bot:group.openPersonal', url: 'https://teams.microsoft.com/l/chat/0/0?users=28%3Aabc' })
    .attachments![0].content as AdaptiveCard;
  return cards;
}

describe.each(LANGS)('cards in %s', (lang) => {
  const cards = allCards(lang);
  const table = Object.entries(cards);

  it.each(table)('%s is a valid schema 1.5 card', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
    for (const type of typesIn(card)) expect(KNOWN_TYPES).toContain(type);
  });

  it.each(table)('%s has a plain-text fallback and no empty text', (_name, card) => {
    expect(card.fallbackText.trim().length).toBeGreaterThan(0);
    for (const t of textsIn(card)) expect(t.trim().length).toBeGreaterThan(0);
    expect(JSON.stringify(card)).not.toMatch(/\b(cards|bot|directory|checker):[a-z]/);
  });

  it.each(table.filter(([n]) => !n.startsWith('welcome')))('%s speaks the card language', (_name, card) => {
    const shown = textsIn(card).join(' ');
    if (lang === 'hi') expect(shown).toMatch(DEVANAGARI);
  });
});

describe('answer card', () => {
  it('has title, numbered steps, source and the four buttons', () => {
    const reply = sampleReplies('en').answer;
    const card = presenter().card(reply);
    const texts = textsIn(card);
    expect(texts[0]).toBe(reply.answer!.en.title);
    expect(texts.some((t) => t.startsWith('1. '))).toBe(true);
    expect(texts.some((t) => t.startsWith('Source:'))).toBe(true);
    const actions = (card.actions ?? []).map((a) => (a as { title: string }).title);
    expect(actions).toEqual(['हिंदी में', 'Talk to a person', '👍 Helpful', '👎 Not helpful']);
    const toggle = card.actions![0] as { data: Record<string, unknown> };
    expect(toggle.data).toEqual({ sahayak: 'lang', lang: 'hi', topic: reply.topic, query: 'OTP not received' });
  });

  it('offers "In English" on Hindi cards and posts feedback with topic and language only', () => {
    const card = presenter().card(sampleReplies('hi').answer);
    const titles = card.actions!.map((a) => (a as { title: string }).title);
    expect(titles[0]).toBe('In English');
    const vote = card.actions![3] as { data: object };
    expect(vote.data).toEqual({ sahayak: 'feedback', topic: 'otp-problem', lang: 'hi', helpful: false });
  });

  it('inserted cards (messaging extension) have no post-back buttons', () => {
    for (const reply of Object.values(sampleReplies('en'))) expect(JSON.stringify(presenter().card(reply, false))).not.toContain('Action.Submit');
  });

  it('row-check cards never carry the pasted rows in a button', () => {
    const card = presenter().card(sampleReplies('en')['row check']);
    for (const a of card.actions ?? []) expect(JSON.stringify((a as { data?: object }).data ?? {})).not.toContain('@');
  });
});

describe('contact card', () => {
  const result: DirectoryResult = core().directory.lookup('Ministry of Railways');
  const card = buildContactCard(result, presenter().cardContext('en', 'text'));
  const json = JSON.stringify(card);
  const row = result.matches[0];

  it('shows name, organisation, email and mobile as text', () => {
    const texts = textsIn(card);
    for (const v of [row.name, row.email, row.mobile]) expect(texts).toContain(v);
    expect(texts).toContain(`- ${row.organisation}`);
  });

  it('has a mailto button and a Teams chat deep link, and no tel: link', () => {
    expect(json).toContain(`"url":"mailto:${row.email}"`);
    expect(json).toContain(`https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(row.email)}`);
    expect(json).not.toContain('tel:');
  });

  it('warns on a row that mixes two people', () => {
    const flawed = buildContactCard(core().directory.lookup('BPR&D'), presenter().cardContext('en', 'x'));
    expect(textsIn(flawed).some((t) => t.startsWith('⚠'))).toBe(true);
  });
});

describe('welcome card', () => {
  it('is bilingual, lists three abilities in each language, and offers a language choice', () => {
    const p = presenter();
    const card = buildWelcomeCard({ tEn: p.t('en'), tHi: p.t('hi'), fallbackText: 'x' });
    const shown = textsIn(card).join('\n');
    expect(shown).toContain('iGOT Sahayak');
    expect(shown).toMatch(DEVANAGARI);
    expect(welcomeText(p.t('en')).split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(card.actions!.map((a) => (a as { data: { lang: string } }).data.lang)).toEqual(['en', 'hi']);
  });
});
