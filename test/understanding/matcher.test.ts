/**
 * The matcher's behaviour, category by category (issue 13): setting words never decide,
 * out-of-scope objects decline (two kinds), about-igot, "i got", long messages.
 * Questions here are written for these tests, not taken from any evaluation set.
 */
import { createTestCore } from '../helpers/core';

const { assistant } = createTestCore();
const topic = (q: string) => assistant.ask(q).topic;

describe('setting words (training, portal, state, salary as context) never decide on their own', () => {
  it.each([
    ['my session starts in an hour and the one time password never arrives', 'otp-problem'],
    ['kal subah training hai, password reset ka mail nahi aaya', 'password'],
    ['I need to change the phone number saved on the portal', 'profile-update'],
    ['हम राज्य सरकार के एक विभाग से हैं, हमारे कर्मचारियों को एक साथ कैसे जोड़ें', 'bulk-upload-process'],
    ['accounts branch wants the iGOT completion certificate attached to the salary bill, how do I get it', 'certificate'],
  ])('%s → %s', (q, expected) => expect(topic(q)).toBe(expected));

  it.each([
    ['how many days before the training should registration be done', 'training-timeline'],
    ['which agency is the state nodal agency for registration in uttar pradesh', 'state-nodal-agency'],
    ['igot portal link', 'portal-links'],
  ])('but a setting with its own ask is the topic: %s → %s', (q, expected) => expect(topic(q)).toBe(expected));
});

describe('two kinds of out of scope, both topic null', () => {
  it.each([
    'the videos inside my course will not play',
    'MDO admin here, the enrolment report download button does nothing',
    'how many karma points for one course',
    'कोर्स का वीडियो चल ही नहीं रहा',
    'igot app update ke baad crash ho raha hai',
  ])('an iGOT problem outside onboarding is pointed to iGOT support: %s', (q) => {
    const reply = assistant.ask(q);
    expect(reply.topic).toBeNull();
    expect(reply.declineReason).toBe('igot-support');
    expect(reply.facts.support).toMatchObject({ email: 'mission.karmayogi@gov.in' });
  });

  it.each(['my casual leave is pending with the section officer', 'pension not credited since march', 'आज का मौसम कैसा है', 'e office me file aage nahi badh rahi'])(
    'anything not about iGOT is declined plainly: %s',
    (q) => {
      const reply = assistant.ask(q);
      expect(reply.topic).toBeNull();
      expect(reply.declineReason).toBe('not-igot');
      expect(reply.facts.support).toBeUndefined();
    },
  );
});

describe('about-igot', () => {
  it.each(['what is igot karmayogi', 'mission karmayogi ke baare me batao', 'कर्मयोगी भारत क्या है', 'is the igot app an official government app'])('%s', (q) =>
    expect(topic(q)).toBe('about-igot'),
  );
  it('a KB representative question stays a KB representative question', () => expect(topic('karmayogi bharat representative for ministry of mines')).toBe('kb-representative'));
});

describe('writing: "i got" for iGOT, background before the ask', () => {
  it('"i got pe" is the platform', () => expect(topic('i got pe naya account kaise banaye, nic mail hai')).toBe('self-registration'));
  it('"I got" as a verb is not', () => expect(topic('I got an OTP but it says invalid')).toBe('otp-problem'));
  it('the last sentence of a long message carries the ask', () => {
    const text =
      'Good afternoon. I am working as a stenographer in a subordinate office and our head of office has told all of us to complete ' +
      'the iGOT formalities before the end of the month. I registered three days ago with my rediffmail address. ' +
      'It still says my access is pending, whom should I ask to approve it?';
    expect(topic(text)).toBe('pending-approval');
  });
});

describe('confidence', () => {
  it('a question in between offers "did you mean" with two or three topics', () => {
    const reply = assistant.ask('email');
    expect(reply.kind).toBe('clarify');
    expect(reply.choices.length).toBeGreaterThanOrEqual(2);
  });
  it('gibberish is declined, not answered', () => expect(topic('xqzt vlorp prindle')).toBeNull());
});
