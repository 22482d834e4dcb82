/* Offline Adaptive Card validation with Microsoft's `adaptivecards` renderer library (schema 1.5). */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Parses a card as Teams would (target 1.5) and returns every parse and validation message. */
export function cardProblems(json: object): string[] {
  const ctx = new AC.SerializationContext();
  ctx.targetVersion = AC.Versions.v1_5;
  const card = new AC.AdaptiveCard();
  card.parse(json, ctx);
  const out: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) out.push(ctx.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) out.push(e.message);
  return out;
}

/** Every `type` used anywhere in a card (elements and actions). */
export function typesIn(json: unknown, acc: Set<string> = new Set()): Set<string> {
  if (Array.isArray(json)) json.forEach((j) => typesIn(j, acc));
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === 'type' && typeof v === 'string') acc.add(v);
      else if (k !== 'data') typesIn(v, acc);
    }
  }
  return acc;
}

/** Every text shown in a card (TextBlock texts, fact titles/values, action titles). */
export function textsIn(json: unknown, acc: string[] = []): string[] {
  if (Array.isArray(json)) json.forEach((j) => textsIn(j, acc));
  else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    for (const k of ['text', 'title', 'value']) if (typeof o[k] === 'string' && k !== 'value') acc.push(o[k] as string);
    if (o.type === 'FactSet') for (const f of o.facts as { value: string }[]) acc.push(f.value);
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') textsIn(v, acc);
  }
  return acc;
}
