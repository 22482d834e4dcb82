/**
 * How the two kinds of decline and a quoted portal message are shown: the same words in
 * the text (CLI, fallback) and on the card, in English and Hindi, with valid cards.
 */
import type { Lang } from '../../src/domain/types';
import { core, presenter } from '../cards/card-fixtures';
import { cardText } from '../cards/card-text';
import { cardProblems } from '../cards/validate-card';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';

const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2Y3ZDE2ZDMtMWQwYS00OWQzLWE3NDctNDRkNTdjOGI4Yzll%40thread.v2/0?context=%7b%22Tid%22%3a%2240cfb65c-9b71-435f-8bc2-bc2c69df1aca%22%2c%22Oid%22%3a%22cbd37bc9-5c33-401f-b590-9decb3c370f8%22%7d';
const DEVANAGARI = /\p{Script=Devanagari}/u;
const c = core();
const renderer = new TextRenderer(c.assistant, c.i18n, factRenderers(c.directory));
const ask = (q: string, lang: Lang) => c.assistant.ask(q, { forcedLang: lang });

describe.each(['en', 'hi'] as const)('in %s', (lang) => {
  it('an iGOT question outside onboarding: iGOT support on Teams and by email, exactly as the FAQ gives them', () => {
    const reply = ask('the course video keeps buffering and never plays', lang);
    expect(reply.declineReason).toBe('igot-support');
    const text = renderer.render(reply);
    expect(text).toContain(TEAMS);
    expect(text).toContain('mission.karmayogi@gov.in');
    const card = presenter().card(reply);
    expect(cardProblems(card)).toEqual([]);
    const shown = cardText(card);
    expect(shown).toContain(TEAMS);
    expect(shown).toContain('mailto:mission.karmayogi@gov.in');
    if (lang === 'hi') expect(shown).toMatch(DEVANAGARI);
  });

  it('anything else: told plainly, with "Talk to a person" for the helpdesk', () => {
    const reply = ask('when is the next cricket match', lang);
    expect(reply.declineReason).toBe('not-igot');
    const text = renderer.render(reply);
    expect(text).not.toContain(TEAMS);
    const card = presenter().card(reply);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"sahayak":"talk"');
    expect(cardText(card)).not.toContain(TEAMS);
    if (lang === 'hi') expect(text).toMatch(DEVANAGARI);
    expect(text).not.toBe(renderer.render(ask('my igot app crashes on start', lang)));
  });

  it('a quoted portal message is named, with where the portal shows it and what it means', () => {
    const reply = ask('upload result says The Mobile Number provided is Invalid', lang);
    const text = renderer.render(reply);
    expect(text).toContain('The Mobile Number provided is Invalid');
    expect(text).toContain(lang === 'hi' ? 'पोर्टल का संदेश' : "The portal's message");
    const card = presenter().card(reply);
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('The Mobile Number provided is Invalid');
  });
});
