import { freezeCard } from '../../src/cards/card-json';
import { stringifyBody } from '../../src/server/json-body';

describe('response bodies as JSON', () => {
  const card = () => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'OTP नहीं आया 👍 "quoted" \\ \n', wrap: true }], actions: [] as unknown[] });

  test.each([
    ['a plain object', { a: 1, b: 'x', c: [1, 'two', null], d: { e: true } }],
    ['undefined, functions and symbols', { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t')] }],
    ['numbers JSON cannot hold', { a: NaN, b: Infinity, c: -0, d: 1e21 }],
    ['dates and toJSON', { at: new Date(Date.UTC(2026, 10, 22)), custom: { toJSON: () => 'custom' } }],
    ['integer-like keys first', { b: 1, 2: 'two', a: 3, 1: 'one' }],
    ['text that needs escaping', { text: 'line\nbreak "quote" \\ \u2028 \ud800 नमस्ते' }],
    ['null and primitives', null],
    ['a string', 'text'],
    ['a map (no own keys)', { m: new Map([[1, 2]]) }],
    ['an object without a prototype', Object.assign(Object.create(null), { a: 1 })],
  ])('%s: exactly JSON.stringify', (_name, value) => {
    expect(stringifyBody(value)).toBe(JSON.stringify(value) ?? 'null');
  });

  test('a frozen card inside a body is spliced in as its kept JSON, and the whole is what JSON.stringify gives', () => {
    const frozen = freezeCard(card());
    const body = { activities: [{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: frozen }], conversation: { id: 'c1' } }] };
    expect(stringifyBody(body)).toBe(JSON.stringify(body));
    expect(Object.isFrozen(frozen.body[0])).toBe(true);
  });

  test('two kept cards in one body, and the same card twice: each spliced in where it stands', () => {
    const [one, two] = [freezeCard(card()), freezeCard({ ...card(), version: '1.4' })];
    const body = { activities: [one, two, one].map((content) => ({ type: 'message', attachments: [{ content }] })) };
    expect(stringifyBody(body)).toBe(JSON.stringify(body));
  });

  test('strings that came with a request and look like the stand-in for a card are left as they are', () => {
    const frozen = freezeCard(card());
    const hostile = ['\u0000card-0', '\u0000card-', '"\u0000card-00"', '\\u0000card-1"'];
    const body = { activities: [{ conversation: { id: hostile[0] }, from: { id: hostile[1], name: hostile[2] }, attachments: [{ content: frozen }], text: hostile[3] }] };
    expect(stringifyBody(body)).toBe(JSON.stringify(body));
    expect(stringifyBody({ ids: hostile })).toBe(JSON.stringify({ ids: hostile }));
  });

  test('a cycle fails as JSON.stringify fails', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => stringifyBody(a)).toThrow(TypeError);
  });
});
