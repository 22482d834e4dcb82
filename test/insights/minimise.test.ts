import { MINIMISE_LIMITS, minimiseQuestion } from '../../src/insights';
import { personalDataIn } from '../../src/domain/text/personal-forms';

/** The one function that decides what of a question the worklist keeps: a table test per written form. */
const NOW = new Date('2026-11-23T06:00:00Z');

describe('not stored as text at all', () => {
  it.each([
    // a name introduced as one's own
    ['mera naam Suresh Yadav hai aur account nahi khul raha', 'own-name'],
    ['mera nam suresh hai', 'own-name'],
    ['My name is Kavita Rao, what about the weather', 'own-name'],
    ["my name's Kavita and I cannot login", 'own-name'],
    ['my full name is Kavita Rao', 'own-name'],
    ['मेरा नाम अनीता शर्मा है', 'own-name'],
    ['मेरा पूरा नाम अनीता है', 'own-name'],
    ['myself Suresh from the ministry', 'own-name'],
    ['Name: Suresh Yadav, please help', 'own-name'],
    // dates of birth
    ['my dob is 14/07/1988 what is the weather', 'birth-date'],
    ['date of birth 3 March 1979 galat hai', 'birth-date'],
    ['born on 12.05.1985', 'birth-date'],
    ['DOB 1988 wrong', 'birth-date'],
    ['d.o.b 12-05-90 update karna hai', 'birth-date'],
    ['जन्म तिथि 12-05-1990 गलत है', 'birth-date'],
    ['is 05/08/1990 accepted', 'birth-date'],
    ['12 May 1979 ko janm hua', 'birth-date'],
    // employee, Aadhaar and other id numbers
    ['employee id KVS20231187 not accepted', 'id-number'],
    ['emp code 4455 not working', 'id-number'],
    ['aadhaar 4321 8765 2109 linked?', 'number'],
    ['my PAN ABCDE1234F', 'id-number'],
    ['ehrms id 123456 kaha dale', 'id-number'],
    ['KV/2019/1234 is my code', 'id-number'],
    // mobiles in every written form and digit script
    ['call 9811223344', 'number'],
    ['call me 98112/23344', 'number'],
    ['call me 98112,23344', 'number'],
    ['call me 98112–23344', 'number'],
    ['call me 98112—23344', 'number'],
    ['call me 98112 - 23344', 'number'],
    ['call me 98112.23344', 'number'],
    ['call me ９８１１２２３３４４', 'number'],
    ['मेरा नंबर ९८११२२३३४४ है', 'number'],
    ['call me ৯৮১১২২৩৩৪৪', 'number'],
    ['call me ૯૮૧૧૨૨૩૩૪૪', 'number'],
    ['call me ௯௮௧௧௨௨௩௩௪௪', 'number'],
    ['call me +91 98112 23344', 'number'],
    ['call me (981) 122-3344', 'number'],
    ['landline +91-11-2345678', 'number'],
    // emails in every written form
    ['mail x@nic.in', 'email'],
    ['mail kavita.rao @ nic.in', 'email'],
    ['mail meena.iyer＠nic.in', 'email'],
    ['mail meena﹫nic.in', 'email'],
    ['mail farhan.ali[at]nic[dot]in', 'email'],
    ['mail gurpreet (at) gov (dot) in', 'email'],
    ['mail g{at}gov.in', 'email'],
    ['mail lalit dot mohan at nic dot in', 'email'],
    ['mail lalit at the rate nic dot in', 'email'],
    ['mail lalitattherate nic', 'email'],
    ['suresh.yadav@nic', 'email'],
  ])('%j (%s)', (text, kind) => {
    expect(personalDataIn(text, NOW)).toContain(kind);
    expect(minimiseQuestion(text, NOW)).toBeUndefined();
  });

  it.each([
    ['pasted rows', 'Suresh Yadav\tsuresh@nic\t98112\tGroup B'],
    ['comma-separated rows', 'Suresh Yadav, suresh.yadav@nic.in, 98112, Group B'],
    ['rows that ran together', 'Suresh Yadavsuresh@nic.in9811223344Group B'],
    ['any tab', 'Suresh\tYadav'],
    ['an email cut by the length limit', `${'why is my registration stuck '.repeat(10).slice(0, MINIMISE_LIMITS.keepChars - 8)} nandini.joshi@nic.in`],
    ['a message longer than is read', 'otp '.repeat(MINIMISE_LIMITS.inspectChars)],
    ['nothing', '   '],
  ])('%s', (_name, text) => expect(minimiseQuestion(text, NOW)).toBeUndefined());
});

describe('kept, masked', () => {
  it.each([
    ['OTP nahi aa raha', 'OTP nahi aa raha'],
    ['OTP 123456 not received', 'OTP [number] not received'],
    ['pin code 110001 galat', 'pin code [number] galat'],
    ['OTP ১২৩৪৫৬ nahi aaya', 'OTP [number] nahi aaya'],
    ['training on 05-12-2026', 'training on 05-12-2026'],
    ['OM dated 24-11-2021 kya hai', 'OM dated 24-11-2021 kya hai'],
    ['my name is wrong on the certificate', 'my name is wrong on the certificate'],
    ['mera naam galat hai certificate pe', 'mera naam galat hai certificate pe'],
    ['मेरा नाम गलत है', 'मेरा नाम गलत है'],
    ['what is the date of birth format', 'what is the date of birth format'],
    ['room 101, extension 2345', 'room 101, extension 2345'],
    ['meeting at 5 pm tomorrow', 'meeting at 5 pm tomorrow'],
    ['covid19 training kab hai', 'covid19 training kab hai'],
    ['what  is\n the   weather', 'what is the weather'],
  ])('%j → %j', (text, kept) => expect(minimiseQuestion(text, NOW)).toBe(kept));

  it(`cuts at ${MINIMISE_LIMITS.keepChars} characters`, () => {
    const kept = minimiseQuestion('a '.repeat(400), NOW)!;
    expect(kept.length).toBe(MINIMISE_LIMITS.keepChars + 1);
    expect(kept.endsWith('…')).toBe(true);
    expect(minimiseQuestion(kept, NOW)).toBe(kept);
  });
});
