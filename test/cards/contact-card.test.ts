/** Contact cards (issue 14): one card per person, whose address each button uses, every organisation listed. */
import { buildContactCard, buildGroupCard } from '../../src/cards';
import { core, presenter } from './card-fixtures';
import { cardText } from './card-text';
import { cardProblems } from './validate-card';

const lookup = (q: string) => core().directory.lookup(q);
const card = (q: string, lang: 'en' | 'hi' = 'en') => buildContactCard(lookup(q), presenter().cardContext(lang, q));
const buttons = (c: object): { title: string; url: string }[] => {
  const out: { title: string; url: string }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl') out.push({ title: String(o.title), url: String(o.url) });
    Object.values(o).forEach(walk);
  };
  walk(c);
  return out;
};

describe('the BPR&D row on a card', () => {
  it.each(['BPR&D', 'Pawan Pathak', 'Priyamvada Pallavi'])('"%s": next to the email and on its buttons, whose address it is; confirm by phone', (q) => {
    const c = card(q);
    const shown = cardText(c);
    expect(shown).toContain("Email: priyamvadapallavi.kb@karmayogi.in (Priyamvada Pallavi's address, not Pawan Pathak's)");
    expect(shown).toContain('Before you write, call 8595675447 (Pawan Pathak, as printed on the row) to confirm who handles BPR&D.');
    const toHer = buttons(c).filter((b) => b.url.includes('priyamvadapallavi.kb%40karmayogi.in') || b.url === 'mailto:priyamvadapallavi.kb@karmayogi.in');
    const expected = q === 'Priyamvada Pallavi' ? 4 : 2; // her own card's buttons, and the BPR&D row's
    expect(toHer).toHaveLength(expected);
    for (const b of toHer) expect(b.title).toMatch(/Priyamvada Pallavi$/);
    expect(cardProblems(c)).toEqual([]);
  });

  it('in Hindi too', () => {
    const shown = cardText(card('बीपीआरडी', 'hi'));
    expect(shown).toContain('priyamvadapallavi.kb@karmayogi.in (Priyamvada Pallavi का पता, Pawan Pathak का नहीं)');
    expect(shown).toContain('Priyamvada Pallavi को ईमेल');
    expect(shown).toContain('8595675447 (Pawan Pathak, जैसा पंक्ति में छपा है) पर फ़ोन करके');
  });
});

describe('one card per person', () => {
  it('"रक्षा मंत्रालय": one contact block with all five departments', () => {
    const c = card('रक्षा मंत्रालय', 'hi');
    const shown = cardText(c);
    expect(shown.match(/: akshaysharma\.kb@karmayogi\.in/g)).toHaveLength(1);
    for (const org of ['D/o Defence', 'D/o Defence Production', 'D/o Defence Research & Development', 'D/o Ex-Servicemen Welfare', 'D/o Military Affairs']) {
      expect(shown).toContain(`- ${org}`);
    }
    expect(shown).toContain('इस नाम से भी छपा है: Akshya Sharma');
    expect(buttons(c).map((b) => b.title)).toEqual(['Akshay Sharma को ईमेल', 'Akshay Sharma से चैट']);
  });

  it('a long list says "…and N more" and shows every organisation behind "Show all" (no silent cut)', () => {
    const r = lookup('Muddukrishna');
    const c = buildContactCard(r, presenter().cardContext('en', 'x'));
    const json = JSON.stringify(c);
    const shown = cardText(c);
    expect(r.groups[0].organisations).toHaveLength(20);
    for (const org of r.groups[0].organisations) expect(shown).toContain(`- ${org}`);
    expect(shown).toContain('…and 12 more');
    expect(shown).toContain('Show all 20');
    expect(json).toContain('"isVisible":false');
    expect(json).toContain('"type":"Action.ToggleVisibility"');
    expect(cardProblems(c)).toEqual([]);
  });

  it('Pawan Pathak\'s card flags the UP letters\' spelling of his email', () => {
    const shown = cardText(card('railways'));
    expect(shown).toContain('pavankpathak.kb@karmayogi.in');
    expect(shown).toContain('confirm the address by phone (8595675447)');
    expect(shown).toContain('Also published as: Pawan');
  });

  it('the messaging-extension card for one person carries the result\'s caveat', () => {
    const r = lookup('गृह विभाग');
    const shown = cardText(buildGroupCard(r, r.groups[0], presenter().cardContext('hi', 'x', false)));
    expect(shown).toContain('केवल भारत सरकार के विभाग का है');
    expect(shown).toContain('ati-up@nic.in');
  });
});

describe('caveats and what is not listed', () => {
  it('a name states share: the caveat first, then the central contact, then the UP route with email buttons', () => {
    const c = card('राजस्व विभाग', 'hi');
    const shown = cardText(c);
    expect(shown.indexOf('राज्य सरकारों में भी')).toBeLessThan(shown.indexOf('nidhi.kb@karmayogi.in'));
    expect(shown).toContain('उत्तर प्रदेश प्रशासन और प्रबंधन अकादमी (उपाम), अलीगंज, लखनऊ');
    expect(buttons(c).map((b) => b.url)).toEqual(expect.arrayContaining(['mailto:ati-up@nic.in', 'mailto:dg.ati-up@gov.in']));
  });

  it('"संचार मंत्रालय": the Posts contact, D/o Telecommunications not listed, and the next contacts in the order of contact', () => {
    const shown = cardText(card('संचार मंत्रालय', 'hi'));
    expect(shown).toContain('प्रकाशित सूची में नहीं: D/o Telecommunications');
    expect(shown).toContain('https://igotkarmayogi.gov.in/#/mdoList#mdoUserList');
    expect(shown.indexOf('नोडल व्यक्ति')).toBeLessThan(shown.indexOf('Ms. Deepshi Aggarwal'));
  });

  it('a body not listed by name: the nearest listed body, to confirm, and not a "did you mean"', () => {
    const shown = cardText(card('ICMR'));
    expect(shown).toContain('Indian Council of Medical Research (ICMR) is not listed by name. The nearest listed body is D/o Health Research');
    expect(shown).toContain('vhenryarokiaraj.kb@karmayogi.in');
    expect(shown).not.toContain('Did you mean');
  });
});
