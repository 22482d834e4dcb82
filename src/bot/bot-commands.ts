/**
 * The bot's command list (manifest `commandLists`): Teams puts the command's
 * title in front of what the user types. The title is turned into a plain
 * question for the core.
 */
const COMMAND = /^\s*(ask|contacts?|check)(?![\p{L}\p{N}])[\s:,-]*/iu;

/** "contacts railways" → "KB representative for railways"; "check" + rows → the rows; "ask X" → "X". */
export function expandCommand(text: string): string {
  const m = COMMAND.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  const command = m[1].toLowerCase();
  if (command.startsWith('contact')) return rest.trim() ? `KB representative for ${rest}` : 'KB representative';
  if (command === 'check') return rest.trim() ? rest : 'check my bulk-upload rows';
  return rest.trim() ? rest : 'help';
}
