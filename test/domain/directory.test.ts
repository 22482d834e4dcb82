import path from 'node:path';
import { loadDirectory, type DirectoryResult } from '../../src/domain/directory';

const dir = loadDirectory(path.resolve(__dirname, '../../content'));
const orgs = (r: DirectoryResult | null) => (r ? r.matches.map((m) => m.organisation) : null);

describe('directory lookup: organisations', () => {
  it.each([
    ['Ministry of Coal', 'M/o Coal'],
    ['M/o Coal', 'M/o Coal'],
    ['coal ministry', 'M/o Coal'],
    ['MeitY', 'M/o Electronics & Information Technology'],
    ['DoPT', 'D/o Personnel & Training'],
    ['DPIIT', 'D/f Promotion of Industry & Internal Trade'],
    ['BPR&D', 'BPR&D'],
    ['रेल मंत्रालय', 'M/o Railways'],
    ['rail mantralaya', 'M/o Railways'],
    ['minstry of tourisim', 'M/o Tourism'],
    ['departmnt of post', 'D/o Posts'],
    ['natural gas petroleum ministry', 'M/o Petroleum & Natural Gas'],
    ['Department of Agriculture', 'D/o Agriculture & Farmers Welfare'],
    ['Ministry of Agriculture', 'M/o Agriculture & Farmers Welfare'],
  ])('%s → %s first', (query, first) => {
    const r = dir.lookup(query);
    expect(r.kind).toBe('organisation');
    expect(r.matches[0].organisation).toBe(first);
    expect(r.suggestions).toEqual([]);
  });

  it.each([
    ['Ministry of Education', ['D/o Higher Education', 'D/o School Education & Literacy']],
    ['Ministry of Home Affairs', ['D/o Home', 'D/o Border Management', 'D/o Official Language']],
    ['रक्षा मंत्रालय', ['D/o Defence', 'D/o Defence Production', 'D/o Defence Research & Development', 'D/o Ex-Servicemen Welfare', 'D/o Military Affairs']],
    ['Ministry of Finance', ['M/o Finance', 'D/o Economic Affairs', 'D/o Expenditure', 'D/o Revenue', 'D/o Investment & Public Asset Management', 'D/o Financial Services', 'D/o Public Enterprises']],
    ['MoHFW', ['D/o Health & Family Welfare', 'D/o Health Research']],
  ])('a parent ministry (%s) finds its departments', (query, expected) => {
    expect(orgs(dir.lookup(query))).toEqual(expected);
  });
});

describe('directory lookup: organisations not in the annexure', () => {
  it.each(['Ministry of Power', 'CRPF', 'NITI Aayog', 'Department of Telecommunications', 'ITBP', 'Central Reserve Police Force',
    'विद्युत मंत्रालय', 'Ministry of Tribal Affairs', 'Department of Food', 'Sashastra Seema Bal', 'urja mantralaya'])('%s matches nothing', (query) => {
    const r = dir.lookup(query);
    expect(r.kind).toBe('none');
    expect(r.matches).toEqual([]);
    expect(r.fallbacks?.map((f) => f.id)).toEqual(['igot-queries', 'nodal-list', 'mission-email']);
  });

  it('never suggests Petroleum for Power, nor CISF for CRPF', () => {
    expect(dir.lookup('Ministry of Power').suggestions).toEqual([]);
    expect(dir.lookup('CRPF').suggestions).toEqual([]);
  });

  it('offers close names as suggestions only', () => {
    const r = dir.lookup('energy');
    expect(r.matches).toEqual([]);
    expect(r.suggestions.map((s) => s.organisation)).toEqual(expect.arrayContaining(['D/o Atomic Energy', 'M/o New & Renewable Energy']));
  });
});

describe('directory: people and flaws', () => {
  it.each([
    ["Nidhi's number", 'nidhi.kb@karmayogi.in', 19],
    ['which ministries does Rakshanda Thakur handle', 'rakshandasingh.kb@karmayogi.in', 11],
    ['निधि का नंबर', 'nidhi.kb@karmayogi.in', 19],
  ])('"%s" is a person query', (text, email, count) => {
    const r = dir.findInText(text)!;
    expect(r.kind).toBe('person');
    expect(r.matches).toHaveLength(count);
    expect(r.matches.every((m) => m.email === email)).toBe(true);
  });

  it('groups Akshay / Akshya Sharma as one person by email, with both spellings', () => {
    const p = dir.people().find((x) => x.email === 'akshaysharma.kb@karmayogi.in')!;
    expect(p.name).toBe('Akshay Sharma');
    expect(p.nameVariants).toEqual(['Akshay Sharma', 'Akshya Sharma']);
    expect(dir.lookup('Akshya Sharma').matches).toHaveLength(p.rows.length);
  });

  it('finds the four documented flaws and nothing else', () => {
    expect(dir.flaws().map((f) => [f.code, f.names.join('/')])).toEqual([
      ['name-variants', 'Akshay Sharma/Akshya Sharma'],
      ['name-variants', 'Pawan/Pawan Pathak'],
      ['conflicting-row', 'Pawan Pathak'],
      ['name-variants', 'Primvada Pallavi/Priyamvada Pallavi'],
    ]);
  });

  it('shows the BPR&D row as published and flags the conflict', () => {
    const r = dir.lookup('BPR&D');
    expect(r.matches).toEqual([{ organisation: 'BPR&D', name: 'Pawan Pathak', email: 'priyamvadapallavi.kb@karmayogi.in', mobile: '8595675447', flaws: ['conflicting-details'] }]);
    expect(r.flaws[0]).toMatchObject({ code: 'conflicting-row', emailOfName: 'Priyamvada Pallavi', nameOfName: 'Pawan Pathak', mobileOfName: 'Pawan Pathak' });
  });

  it('lists the BPR&D row under Pawan Pathak too, flagged', () => {
    const r = dir.lookup('Pawan Pathak');
    expect(r.matches.map((m) => m.organisation)).toEqual(['D/o Border Management', 'D/o Home', 'M/o Railways', 'ASSAM RIFLES', 'BPR&D']);
    expect(r.matches[4].flaws).toEqual(['conflicting-details']);
  });
});

describe('directory: chat questions and Unicode', () => {
  it.each([
    ['who is the KB rep for Ministry of Coal?', 'M/o Coal'],
    ['railways ka KB representative kaun hai', 'M/o Railways'],
    ['गृह मंत्रालय के लिए संपर्क', 'D/o Home'],
    ['KB representative for CRPF', null],
  ])('%s', (text, first) => {
    const r = dir.findInText(text)!;
    expect(r.query).toBe(text);
    expect(r.matches[0]?.organisation ?? null).toBe(first);
  });

  it.each(['who is the KB representative for my ministry?', 'KB rep kaun hai', 'मेरे KB प्रतिनिधि कौन हैं', ''])('"%s" names nothing → null', (text) => {
    expect(dir.findInText(text)).toBeNull();
  });

  it.each([
    ['NFD', 'रेल मंत्रालय'.normalize('NFD')],
    ['ZWJ/ZWNJ', 'रे\u200Dल मं\u200Cत्रालय'],
    ['half-n spelling', 'गृह मन्त्रालय'],
    ['nukta', 'ग़ृह मंत्रालय'],
    ['Devanagari digits and spaces', '  रेल   मंत्रालय  '],
  ])('%s variants still match', (_label, query) => {
    expect(dir.lookup(query).kind).toBe('organisation');
  });

  it('copies the fallback contacts exactly from the seeds', () => {
    expect(dir.fallbackContacts().map(({ name, mobile, url, email }) => ({ name, mobile, url, email }))).toEqual([
      { name: 'Ms. Deepshi Aggarwal', mobile: '+91-9810347159', url: undefined, email: undefined },
      { name: undefined, mobile: undefined, url: 'https://igotkarmayogi.gov.in/#/mdoList#mdoUserList', email: undefined },
      { name: undefined, mobile: undefined, url: undefined, email: 'mission.karmayogi@gov.in' },
    ]);
  });

  it('never throws on odd input', () => {
    for (const q of ['', '???', '\uD800', 'a'.repeat(5000), 'M/o', '&&&']) expect(() => dir.lookup(q)).not.toThrow();
  });
});
