import { foldText, tokenize } from '../text/normalize';

/**
 * The desk's few fixed phrases, in English, Hinglish and Hindi: asking for a person,
 * "I still need help", and the channel commands. Word sets over folded tokens: linear time,
 * and only short messages count (a long message is a question, not a request for a person).
 */

/** Longest message (in words) read as a request for a person or as "still need help". */
const MAX_WORDS = 15;
/** Longest text looked at (a longer message is never one of these phrases). */
const MAX_CHARS = 300;

const PERSON = new Set([
  'person', 'persons', 'human', 'humans', 'someone', 'somebody', 'agent', 'agents', 'staff', 'executive', 'operator', 'people',
  'helpdesk', 'support', 'insaan', 'insan', 'inssan', 'vyakti', 'vyakthi', 'kisi', 'kisise', 'aadmi', 'admi',
  'इंसान', 'इन्सान', 'व्यक्ति', 'किसी', 'मनुष्य', 'एजेंट', 'आदमी', 'हेल्पडेस्क', 'कर्मचारी',
]);
const TALK = new Set(['talk', 'speak', 'chat', 'connect', 'contact', 'baat', 'bat', 'baatein', 'sampark', 'बात', 'संपर्क', 'बातचीत']);
/** Alone (or with "please"), these ask for a person too: "human please", "agent". */
const ALONE = new Set(['human', 'agent', 'insaan', 'इंसान', 'एजेंट']);
const FILLER = new Set(['please', 'pls', 'plz', 'real', 'live', 'a', 'kripya', 'कृपया']);

/** The last text's words: one message is read by all three phrase tests in turn. */
let lastWords: { readonly text: string; readonly words: readonly string[] } = { text: '', words: [] };

function words(text: string): readonly string[] {
  if (text === lastWords.text) return lastWords.words;
  const found = text.length > MAX_CHARS ? [] : tokenize(foldText(text));
  lastWords = { text, words: found };
  return found;
}

/** "talk to a person", "insaan se baat karni hai", "किसी व्यक्ति से बात": the user wants a person. */
export function asksForPerson(text: string): boolean {
  const w = words(text);
  if (!w.length || w.length > MAX_WORDS) return false;
  if (w.some((t) => ALONE.has(t)) && w.every((t) => ALONE.has(t) || FILLER.has(t))) return true;
  return w.some((t) => PERSON.has(t)) && w.some((t) => TALK.has(t));
}

const HELP = new Set(['help', 'madad', 'problem', 'issue', 'dikkat', 'samasya', 'pareshani', 'मदद', 'समस्या', 'दिक्कत', 'परेशानी', 'सहायता']);
const STILL_EN = new Set(['still']);
const STILL_HI = [['abhi', 'bhi'], ['ab', 'bhi'], ['अभी', 'भी'], ['अब', 'भी']];
const NOT_SOLVED = [
  ['not', 'solved'], ['unsolved'], ['not', 'resolved'], ['didn', 't', 'help'], ['didnt', 'help'], ['did', 'not', 'help'],
  ['hal', 'nahi'], ['hal', 'nahin'], ['solve', 'nahi'], ['हल', 'नहीं'], ['हल', 'नही'], ['सुलझी', 'नहीं'],
];
/** "Not working" means the answer failed only after "still": alone ("OTP not working") it is a new question. */
const BROKEN = [['not', 'working'], ['kaam', 'nahi'], ['kaam', 'nahin'], ['काम', 'नहीं'], ['काम', 'नही']];

function hasRun(w: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= w.length; i++) {
    let j = 0;
    while (j < run.length && w[i + j] === run[j]) j++;
    if (j === run.length) return true;
  }
  return false;
}

/** True when any of the runs of words occurs in `w`. */
function hasAnyRun(w: readonly string[], runs: readonly (readonly string[])[]): boolean {
  for (const run of runs) if (hasRun(w, run)) return true;
  return false;
}

/** "I still need help", "abhi bhi madad chahiye", "हल नहीं हुआ": the answer did not solve it. */
export function stillNeedsHelp(text: string): boolean {
  const w = words(text);
  if (!w.length || w.length > MAX_WORDS) return false;
  if (hasAnyRun(w, NOT_SOLVED)) return true;
  const still = w.some((t) => STILL_EN.has(t)) || hasAnyRun(w, STILL_HI);
  return still && (w.some((t) => HELP.has(t) || t === 'need' || t === 'chahiye' || t === 'चाहिए') || hasAnyRun(w, BROKEN));
}

/** A desk command typed in a channel (after the @mention): set it here, turn it off, or say where it is. */
export type DeskCommand = 'here' | 'off' | 'status';

const HERE = new Set(['here', 'yahan', 'yaha', 'yahaan', 'यहाँ', 'यहां', 'इधर']);
const OFF = new Set(['off', 'stop', 'band', 'बंद']);
const STATUS = new Set(['status', 'info', 'kahan', 'कहाँ', 'कहां', 'स्थिति']);

/** `desk here`, `desk off`, `desk` / `desk status` (also `desk yahan`, `डेस्क यहाँ`, `डेस्क बंद`). */
export function deskCommand(text: string): DeskCommand | undefined {
  const w = text.length > 60 ? [] : words(text);
  if (!w.length || w.length > 2 || (w[0] !== 'desk' && w[0] !== 'डेस्क')) return undefined;
  if (w.length === 1 || STATUS.has(w[1])) return 'status';
  if (HERE.has(w[1])) return 'here';
  return OFF.has(w[1]) ? 'off' : undefined;
}
