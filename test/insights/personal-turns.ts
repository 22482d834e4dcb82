/**
 * Chat turns that hold personal data in the forms people really write it, and the pieces
 * of each that must never reach the worklist or the logs.
 */
export interface PersonalTurn {
  readonly text: string;
  readonly secrets: readonly string[];
}

const CUT = `${'please tell me why my registration on the portal is stuck '.repeat(5)}`;

export const PERSONAL_TURNS: readonly PersonalTurn[] = Object.freeze([
  { text: 'mera naam Suresh Yadav hai aur mera account nahi khul raha', secrets: ['Suresh', 'Yadav'] },
  { text: 'My name is Kavita Rao, what about the weather', secrets: ['Kavita'] },
  { text: 'मेरा नाम अनीता शर्मा है, क्या मौसम अच्छा है', secrets: ['अनीता', 'शर्मा'] },
  { text: 'my dob is 14/07/1988 what is the weather', secrets: ['14/07/1988', '1988'] },
  { text: 'date of birth 3 March 1979 galat hai cricket score', secrets: ['1979', 'March 1979'] },
  { text: 'employee id KVS20231187 cricket score batao', secrets: ['KVS20231187', '20231187'] },
  { text: 'aadhaar 4321 8765 2109 weather today', secrets: ['4321', '8765', '2109'] },
  { text: 'call me 98112/23344 about cricket', secrets: ['98112', '23344'] },
  { text: 'call me 98113,23345 about cricket', secrets: ['98113', '23345'] },
  { text: 'call me 98114–23346 about cricket', secrets: ['98114', '23346'] },
  { text: 'call me ９８１１５２３３４７ about cricket', secrets: ['９８１１５', '２３３４７'] },
  { text: 'मेरा नंबर ९८११६२३३४८ है मौसम', secrets: ['९८११६', '२३३४८'] },
  { text: 'call me ৯৮১১৭২৩৩৪৯ about cricket', secrets: ['৯৮১১৭', '২৩৩৪৯'] },
  { text: 'call me +91 98118 23350 about cricket', secrets: ['98118', '23350'] },
  { text: 'mail kavita.rao @ nic.in about cricket', secrets: ['kavita.rao', 'kavita'] },
  { text: 'mail meena.iyer＠nic.in about cricket', secrets: ['meena.iyer', 'meena'] },
  { text: 'mail farhan.ali[at]nic[dot]in about cricket', secrets: ['farhan', 'farhan.ali'] },
  { text: 'mail gurpreet.kaur(at)gov(dot)in about cricket', secrets: ['gurpreet'] },
  { text: 'mail lalit dot mohan at nic dot in about cricket', secrets: ['lalit', 'mohan'] },
  { text: `${CUT}${'x'.repeat(300 - CUT.length - 4)} nandini.joshi@nic.in weather`, secrets: ['nandini', 'nandini.joshi'] },
  { text: 'Pradeep Sinha\tpradeep.sinha@nic\t9811223351\tGroup B', secrets: ['Pradeep', 'Sinha', 'pradeep.sinha', '9811223351'] },
  { text: 'Rekha Nair  rekha.nair@gov.in  98112  Group C', secrets: ['Rekha', 'Nair', 'rekha.nair', '98112'] },
  { text: 'Vikram Seth vikram.seth@nic.in 9811223352 Group B Asha Verma asha.v@nic.in 9811223353 Group C', secrets: ['Vikram', 'Seth', 'Asha', 'Verma', '9811223352', '9811223353'] },
]);

/** Every secret of every turn. */
export const ALL_SECRETS: readonly string[] = Object.freeze([...new Set(PERSONAL_TURNS.flatMap((t) => t.secrets))]);
