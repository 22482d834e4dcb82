/** Question and filler words (English, Hinglish, Hindi) stripped from a chat question before a directory lookup. */
export const QUESTION_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  // English
  'who', 'whom', 'whose', 'what', 'which', 'where', 'is', 'are', 'was', 'the', 'a', 'an', 'kb', 'karmayogi', 'bharat', 'igot',
  'rep', 'reps', 'representative', 'representatives', 'contact', 'contacts', 'person', 'persons', 'poc', 'spoc', 'for', 'of',
  'in', 'at', 'to', 'from', 'my', 'our', 'me', 'us', 'i', 'we', 'please', 'pls', 'plz', 'kindly', 'tell', 'give', 'share', 'send',
  'show', 'find', 'need', 'want', 'know', 'get', 'number', 'numbers', 'no', 'phone', 'mobile', 'mob', 'email', 'mail', 'id',
  'details', 'detail', 'handles', 'handle', 'handled', 'handling', 'looks', 'look', 'after', 'does', 'do', 'can', 'could',
  'would', 'you', 'hi', 'hello', 'dear', 'sir', 'madam', 'mam', 'ma', 'am', 'organisations', 'organizations', 'ministries',
  'departments', 'responsible', 'coordinator', 'nodal', 'whom', 'should', 'reach', 'about', 'and', 'or', 'with', 'this', 'that',
  'list', 'all', 'name', 'by', 'covers', 'cover', 'assigned', 'it', 'be', 'will', 'help',
  // Hinglish
  'kaun', 'kon', 'koun', 'hai', 'hain', 'ka', 'ke', 'ki', 'liye', 'lie', 'kya', 'batao', 'bataiye', 'bataye', 'bataen', 'dijiye',
  'mujhe', 'ko', 'se', 'mein', 'me', 'hamara', 'hamare', 'mera', 'mere', 'wala', 'wale', 'wali', 'sampark', 'pratinidhi', 'nambar',
  'ji', 'koi', 'kis', 'kaunsa', 'konsa', 'kisse', 'karna', 'karu', 'karen', 'dekhta', 'dekhte', 'dekhti', 'sambhalta', 'sambhalte', 'sambhalti',
  // Hindi
  'कौन', 'है', 'हैं', 'का', 'के', 'की', 'लिए', 'लिये', 'संपर्क', 'प्रतिनिधि', 'नंबर', 'मोबाइल', 'ईमेल', 'क्या', 'बताइए', 'बताइये',
  'बताएं', 'बताओ', 'बताएँ', 'मुझे', 'को', 'से', 'में', 'हमारे', 'मेरे', 'कृपया', 'केबी', 'कर्मयोगी', 'भारत', 'आईगॉट', 'व्यक्ति', 'जी',
  'किस', 'कौनसा', 'देखते', 'देखती', 'संभालते', 'संभालती', 'वाले', 'वाली', 'किन', 'किसके', 'पास', 'हेतु', 'दें', 'दीजिए', 'करें',
  'मंत्रालयों', 'विभागों', 'और', 'या', 'नाम',
]));
