/**
 * The same directory result on every surface (issue 14): the bot's card, the messaging extension,
 * the tab's contact search and `sahayak contacts --json` show the same people, each once, with the
 * same organisations.
 */
import { contactsJson } from '../../src/cli/commands/contacts';
import { searchMessagingExtension, SEARCH_CONTACT } from '../../src/bot/messaging-extension';
import { ReplyPresenter } from '../../src/bot/reply-presenter';
import { contactsView } from '../../src/server/tab-api';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { cardText } from '../cards/card-text';
import { createTestCore } from '../helpers/core';

const core = createTestCore();
const renderer = new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory));
const presenter = new ReplyPresenter(core.assistant, renderer, core.i18n);

type Person = [string, string, string];
const people = (groups: readonly { name: string; email: string; organisations: readonly string[] }[]): Person[] =>
  groups.map((g) => [g.name, g.email, g.organisations.join('; ')]);

describe.each(['रक्षा मंत्रालय', 'Pawan Pathak', 'BPR&D', 'गृह विभाग', 'CBDT', 'संचार मंत्रालय', 'बीएसएफ', 'Ministry of Law and Justice'])('"%s"', (q) => {
  const json = JSON.parse(contactsJson(core.directory.lookup(q)));
  const cli: Person[] = people(json.groups.length ? json.groups : json.suggestionGroups);

  it('the tab shows the CLI\'s people', () => {
    expect(people(contactsView(core.directory, core.i18n, q).groups)).toEqual(cli);
  });

  it('the messaging extension gives one result per person, the same people', () => {
    const r = searchMessagingExtension({ commandId: SEARCH_CONTACT, parameters: [{ name: 'query', value: q }] }, {}, { assistant: core.assistant, presenter, directory: core.directory });
    const contacts = r.composeExtension!.attachments!.slice(0, cli.length);
    expect(contacts.map((a) => (a.preview!.content as { title: string }).title.replace(/^⚠ [^:]+: /, ''))).toEqual(cli.map((p) => p[0]));
    contacts.forEach((a, i) => expect((a.preview!.content as { text: string }).text).toContain(cli[i][2]));
  });

  it('the bot\'s answer card shows each person once, with every organisation', () => {
    const reply = core.assistant.ask(`KB representative for ${q}`);
    expect(reply.topic).toBe('kb-representative');
    const shown = cardText(presenter.card(reply));
    for (const [name, email, orgs] of cli) {
      expect(shown).toContain(name);
      expect(shown.split('\n').filter((l) => l.startsWith('Email:') || l.startsWith('ईमेल:')).filter((l) => l.includes(email)).length).toBeGreaterThan(0);
      for (const org of orgs.split("; ")) expect(shown).toMatch(new RegExp(`^(- |Organisation: |संगठन: )${org.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    }
  });
});
