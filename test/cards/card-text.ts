/**
 * What an Adaptive Card says, one item per line: texts, facts ("Title: value"), and the
 * titles and links of buttons in its body; not the standard buttons under it (the
 * language toggle is in the other language on purpose).
 */
export function cardText(card: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') lines.push(...n.text.split('\r'));
    if (n.type === 'FactSet') for (const f of (n.facts as { title: string; value: string }[]) ?? []) lines.push(`${f.title}: ${f.value}`);
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) lines.push(String(n.title ?? ''), ...(typeof n.url === 'string' ? [n.url] : []));
    for (const key of ['body', 'items', 'columns', 'actions']) walk(n[key]);
  };
  walk((card as { body?: unknown }).body);
  return lines.join('\n');
}

/** The words of a text (letters, digits and the characters of links, emails and phone numbers), lower-cased. */
export function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{M}\p{N}@+/%?=&_~#.:-]+/gu) ?? []).map((w) => w.replace(/[.:]+$/u, '')).filter((w) => /[\p{L}\p{N}]/u.test(w)));
}

/** The words of `expected` that `shown` lacks (empty when everything is shown). */
export function missingWords(expected: string, shown: string): string[] {
  const present = wordsOf(shown);
  return [...wordsOf(expected)].filter((w) => !present.has(w));
}
