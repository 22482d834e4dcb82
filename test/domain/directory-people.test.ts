/**
 * Issue 14, "the directory: never the wrong person": one group per person, the BPR&D row's
 * mixed-up details, published name variants, the two spellings of Pawan Pathak's email,
 * names that states' departments share, unlisted departments, and the names people use.
 */
import path from 'node:path';
import { loadDirectory, type DirectoryResult } from '../../src/domain/directory';

const dir = loadDirectory(path.resolve(__dirname, '../../content'));
const groupNames = (r: DirectoryResult) => r.groups.map((g) => g.name);
const codes = (r: DirectoryResult) => r.notes.map((n) => n.code);

describe('one group per person', () => {
  it('"रक्षा मंत्रालय" is one person with all five departments, not five cards', () => {
    const r = dir.lookup('रक्षा मंत्रालय');
    expect(r.matches).toHaveLength(5);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({
      name: 'Akshay Sharma', otherSpellings: ['Akshya Sharma'], email: 'akshaysharma.kb@karmayogi.in', mobile: '9910210521',
      organisations: ['D/o Defence', 'D/o Defence Production', 'D/o Defence Research & Development', 'D/o Ex-Servicemen Welfare', 'D/o Military Affairs'],
    });
  });

  it('a ministry served by two people gives two groups, in match order', () => {
    const r = dir.lookup('Ministry of Law and Justice');
    expect(groupNames(r)).toEqual(['Akshay Sharma', 'Nidhi']);
    expect(r.groups[1].organisations).toEqual(['D/o Justice', 'D/o Legal Affairs', 'Legislative Department']);
  });

  it('a person query lists every organisation of theirs (no cut at 12)', () => {
    const r = dir.lookup('Muddukrishna AS');
    expect(r.groups[0].organisations).toHaveLength(20);
    expect(r.groups[0].organisations.at(-1)).toBe('EPFO');
  });
});

describe('the BPR&D row (Pawan Pathak\'s name and mobile, Priyamvada Pallavi\'s email)', () => {
  const conflict = { emailOwner: 'Priyamvada Pallavi', nameOwner: 'Pawan Pathak', mobileOwner: 'Pawan Pathak' };
  it.each(['BPR&D', 'बीपीआरडी', 'Bureau of Police Research and Development'])('"%s": a group of its own saying whose each detail is', (q) => {
    const r = dir.lookup(q);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ name: 'Pawan Pathak', email: 'priyamvadapallavi.kb@karmayogi.in', mobile: '8595675447', organisations: ['BPR&D'], conflict });
  });

  it.each([['Pawan Pathak', 'Pawan Pathak'], ['Priyamvada Pallavi', 'Priyamvada Pallavi'], ['पवन पाठक', 'Pawan Pathak']])(
    'searching %s shows the person, then the BPR&D row with the same warning', (q, person) => {
      const r = dir.lookup(q);
      expect(r.kind).toBe('person');
      expect(r.groups.map((g) => [g.name, Boolean(g.conflict)])).toEqual([[person, false], ['Pawan Pathak', true]]);
      expect(r.groups[1].conflict).toEqual(conflict);
      expect(r.groups[0].organisations).not.toContain('BPR&D');
    },
  );
});

describe('published name variants and the other spelling of an address', () => {
  it.each([
    ['Pawan', 'Pawan Pathak', ['Pawan']],
    ['Primvada Pallavi', 'Priyamvada Pallavi', ['Primvada Pallavi']],
    ['Akshya Sharma', 'Akshay Sharma', ['Akshya Sharma']],
  ])('"%s" is headlined by the spelling most rows use (%s), the others shown', (q, name, others) => {
    const g = dir.lookup(q).groups[0];
    expect(g.name).toBe(name);
    expect(g.otherSpellings).toEqual(others);
  });

  it('flags the UP letters\' spelling of Pawan Pathak\'s email on his rows, citing the letters', () => {
    const g = dir.lookup('railways').groups[0];
    expect(g.email).toBe('pawankpathak.kb@karmayogi.in');
    expect(g.emailSpellings).toEqual([expect.objectContaining({ spelling: 'pavankpathak.kb@karmayogi.in', source: 'up-housing-letters-2023' })]);
    expect(g.emailSpellings?.[0].cite.en).toMatch(/Uttar Pradesh/);
  });

  it('does not flag it on the BPR&D row (which carries another address) nor on anyone else', () => {
    expect(dir.lookup('BPR&D').groups[0].emailSpellings).toBeUndefined();
    expect(dir.lookup('Ministry of Coal').groups[0].emailSpellings).toBeUndefined();
  });
});

describe('names that states\' departments carry too', () => {
  it.each([
    ['गृह विभाग', 'D/o Home'], ['राजस्व विभाग', 'D/o Revenue'], ['शिक्षा विभाग', 'D/o Higher Education'], ['स्वास्थ्य विभाग', 'D/o Health & Family Welfare'],
    ['कृषि विभाग', 'M/o Agriculture & Farmers Welfare'], ['home department', 'D/o Home'], ['Revenue Department', 'D/o Revenue'], ['health dept', 'D/o Health & Family Welfare'],
    ['grih vibhag', 'D/o Home'], ['rajaswa vibhag', 'D/o Revenue'], ['shiksha vibhag', 'D/o Higher Education'], ['krishi vibhag', 'D/o Agriculture & Farmers Welfare'],
    ['ग्रामीण विकास विभाग', 'D/o Rural Development'], ['वित्त विभाग', 'M/o Finance'],
  ])('"%s": the central contact (%s) with the caveat and the UP route', (q, first) => {
    const r = dir.lookup(q);
    expect(r.matches[0].organisation).toBe(first);
    expect(codes(r)).toContain('central-only');
    expect(r.stateRoutes?.map((s) => [s.state, s.emails])).toEqual([['up', ['ati-up@nic.in', 'dg.ati-up@gov.in']]]);
  });

  it.each(['गृह मंत्रालय', 'Ministry of Home Affairs', 'central health department', 'भारत सरकार का राजस्व विभाग', 'Department of Posts'])(
    '"%s" names the Government of India body: no caveat', (q) => {
      const r = dir.lookup(q);
      expect(r.matches.length).toBeGreaterThan(0);
      expect(codes(r)).not.toContain('central-only');
      expect(r.stateRoutes).toBeUndefined();
    },
  );

  it.each([['UP shiksha vibhag', 'up'], ['उत्तर प्रदेश गृह विभाग', 'up'], ['state health department', 'state'], ['राज्य का राजस्व विभाग', 'state']])(
    '"%s" is a state\'s department: no central contact, the state route', (q, scope) => {
      const r = dir.lookup(q);
      expect(r.matches).toEqual([]);
      expect(r.suggestions).toEqual([]);
      expect(r.notes).toEqual([{ code: 'state-department', scope }]);
      expect(r.stateRoutes?.[0].state).toBe('up');
      expect(r.fallbacks?.length).toBeGreaterThan(0);
    },
  );

  it('another state\'s department gets no UP route (the sources name no agency for it)', () => {
    const r = dir.lookup('Bihar health department');
    expect(r.matches).toEqual([]);
    expect(r.notes).toEqual([{ code: 'state-department', scope: 'other-state' }]);
    expect(r.stateRoutes).toBeUndefined();
  });

  it('state words that are part of listed names still find those names', () => {
    expect(dir.lookup('ASSAM RIFLES').matches[0].organisation).toBe('ASSAM RIFLES');
    expect(dir.lookup('Delhi Police').matches[0].organisation).toBe('Delhi Police');
  });

  it('"police" is never the DPIIT (a typo of "policy"): a state subject, with the listed police bodies as suggestions', () => {
    const r = dir.lookup('police');
    expect(r.matches).toEqual([]);
    expect(r.suggestions.map((s) => s.organisation)).toEqual(['Delhi Police', 'BPR&D']);
    expect(codes(r)).toEqual(['state-department']);
  });
});

describe('organisations the annexure does not list', () => {
  it('"संचार मंत्रालय": the Posts contact for D/o Posts only; D/o Telecommunications is said to be unlisted, with the next contacts', () => {
    const r = dir.lookup('संचार मंत्रालय');
    expect(r.matches.map((m) => m.organisation)).toEqual(['D/o Posts']);
    expect(r.notes).toEqual([{ code: 'unlisted-departments', ministry: 'Ministry of Communications', listed: ['D/o Posts'], unlisted: ['D/o Telecommunications'] }]);
    expect(r.fallbacks?.map((f) => f.id)).toEqual(['igot-queries', 'nodal-list', 'mission-email']);
  });

  it.each(['D/o Telecommunications', 'दूरसंचार विभाग', 'DoT', 'Department of Telecom'])('"%s" matches nothing and suggests no neighbour', (q) => {
    const r = dir.lookup(q);
    expect(r.matches).toEqual([]);
    expect(r.suggestions).toEqual([]);
    expect(r.fallbacks?.length).toBe(3);
  });

  it('the Ministry of Home Affairs names its three unlisted departments', () => {
    const note = dir.lookup('Ministry of Home Affairs').notes.find((n) => n.code === 'unlisted-departments');
    expect(note).toMatchObject({ unlisted: ['D/o Internal Security', 'D/o Jammu, Kashmir & Ladakh Affairs', 'D/o States'] });
  });
});

describe('names people use', () => {
  it.each([
    ['बीएसएफ', 'BSF'], ['सीआईएसएफ', 'CISF'], ['एनएसजी', 'NSG'], ['डीओपीटी', 'D/o Personnel & Training'], ['बीपीआरडी', 'BPR&D'],
    ['बी एस एफ', 'BSF'], ['B S F', 'BSF'], ['एमईए', 'M/o External Affairs'], ['MoWCD', 'M/o Women & Child Development'],
    ['post office', 'D/o Posts'], ['पोस्ट ऑफिस', 'D/o Posts'], ['डाकघर', 'D/o Posts'],
  ])('"%s" is %s (a certain mapping: a match)', (q, org) => {
    expect(dir.lookup(q).matches[0]?.organisation).toBe(org);
  });

  it.each([
    ['CBDT', 'D/o Revenue'], ['CBIC', 'D/o Revenue'], ['Income Tax Department', 'D/o Revenue'], ['आयकर विभाग', 'D/o Revenue'],
    ['ICAR', 'D/o Agricultural Research & Education'], ['ICMR', 'D/o Health Research'], ['NIC', 'M/o Electronics & Information Technology'],
    ['Indian Army', 'D/o Military Affairs'], ['सेना', 'D/o Military Affairs'], ['आईसीएमआर', 'D/o Health Research'],
  ])('"%s" is not listed by name: the nearest listed body (%s) is offered, to confirm, never as a match', (q, org) => {
    const r = dir.lookup(q);
    expect(r.matches).toEqual([]);
    expect(r.suggestions.map((s) => s.organisation)).toEqual([org]);
    const note = r.notes.find((n) => n.code === 'nearest');
    expect(note).toMatchObject({ code: 'nearest', listed: [org] });
    expect(r.suggestionGroups.map((g) => g.organisations)).toEqual([[org]]);
  });

  it('in a chat question too', () => {
    const r = dir.findInText('CBDT ka KB representative kaun hai')!;
    expect(r.notes[0]).toMatchObject({ code: 'nearest', listed: ['D/o Revenue'] });
  });
});
