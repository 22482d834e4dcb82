/** Longest activity `type` or invoke `name` accepted. */
const MAX_NAME = 128;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME * 8;

/** Fields that, when present, must have this JSON type. */
const OPTIONAL_TYPES: readonly (readonly [string, 'string' | 'object' | 'array'])[] = Object.entries({
  text: 'string', locale: 'string', serviceUrl: 'string', deliveryMode: 'string', name: 'string', id: 'string',
  textFormat: 'string', replyToId: 'string', recipient: 'object', channelData: 'object',
  entities: 'array', attachments: 'array', membersAdded: 'array', membersRemoved: 'array',
} as const);

function hasType(value: unknown, type: 'string' | 'object' | 'array'): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isObject(value);
  return typeof value === 'string';
}

/**
 * Checks the shape of a posted activity before Bot Framework sees it; returns what is
 * wrong (a short, fixed phrase, never echoing the input) or null when it is usable.
 */
export function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return 'body is not a JSON object';
  if (typeof body.type !== 'string' || body.type.length === 0 || body.type.length > MAX_NAME) return 'missing or invalid type';
  if (!isObject(body.conversation) || !isShortString(body.conversation.id)) return 'missing conversation.id';
  if (!isObject(body.from) || !isShortString(body.from.id)) return 'missing from.id';
  if (!isShortString(body.channelId)) return 'missing channelId';
  for (const [field, type] of OPTIONAL_TYPES) {
    const value = body[field];
    if (value !== undefined && value !== null && !hasType(value, type)) return `invalid ${field}`;
  }
  if (typeof body.name === 'string' && body.name.length > MAX_NAME) return 'invalid name';
  return null;
}

/** An entity the bot can read: an object with a type; a mention must name who it mentions. */
function readableEntity(e: unknown): boolean {
  if (!isObject(e) || typeof e.type !== 'string') return false;
  if (e.type.toLowerCase() !== 'mention') return true;
  return isObject(e.mentioned) && typeof e.mentioned.id === 'string' && (e.text === undefined || typeof e.text === 'string');
}

/** Array fields whose items the bot reads, and what makes an item readable. */
const ITEM_RULES: readonly (readonly [string, (item: unknown) => boolean])[] = [
  ['attachments', (a) => isObject(a) && typeof a.contentType === 'string'],
  ['entities', readableEntity],
  ['membersAdded', (m) => isObject(m) && typeof m.id === 'string'],
  ['membersRemoved', (m) => isObject(m) && typeof m.id === 'string'],
];

/**
 * The activity with malformed parts read as absent: an attachment, entity or member that is not a
 * well-formed object (`attachments: [null]`, a mention without `mentioned.id`…) is dropped, so the
 * turn sees "no attachment" rather than failing on it. Call after {@link activityProblem}.
 */
export function withoutMalformedParts<T extends Record<string, unknown>>(activity: T): T {
  let out: T | undefined;
  for (const [field, readable] of ITEM_RULES) {
    const items = activity[field];
    if (!Array.isArray(items) || items.every(readable)) continue;
    out ??= { ...activity };
    (out as Record<string, unknown>)[field] = items.filter(readable);
  }
  return out ?? activity;
}
