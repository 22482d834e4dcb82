/**
 * content/portal-messages.json: every message the sign-up page, log-in and bulk upload show,
 * recorded with its topic, meaning (en/hi) and source ids; recognised when quoted loosely.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PORTAL_MESSAGES } from '../../src/domain/bulk-upload/fields';
import type { PortalMessageData } from '../../src/domain/understanding/portal-messages';
import { createTestCore } from '../helpers/core';

const CONTENT = path.resolve(__dirname, '../../content');
const data = JSON.parse(fs.readFileSync(path.join(CONTENT, 'portal-messages.json'), 'utf8')) as PortalMessageData;
const sources = new Set((JSON.parse(fs.readFileSync(path.join(CONTENT, 'sources.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id));
const topics = new Set(fs.readdirSync(path.join(CONTENT, 'answers')).map((f) => path.basename(f, '.json')));
const { assistant } = createTestCore();

describe('the recorded portal messages', () => {
  it('cover the sign-up page, log-in and bulk upload', () => {
    expect(new Set(data.messages.map((m) => m.where))).toEqual(new Set(['sign-up', 'log-in', 'bulk-upload']));
    expect(data.messages.length).toBeGreaterThanOrEqual(25);
  });

  it.each(data.messages.map((m) => [m.id, m] as const))('%s has a topic, known sources, a meaning in both languages and ways to quote it', (_id, m) => {
    expect(topics.has(m.topic)).toBe(true);
    expect(m.sources.length).toBeGreaterThan(0);
    for (const id of m.sources) expect(sources.has(id)).toBe(true);
    expect(m.en.length).toBeGreaterThan(20);
    expect(m.hi).toMatch(/\p{Script=Devanagari}/u);
    expect(m.match.length).toBeGreaterThan(0);
  });

  it.each(data.messages.filter((m) => m.checkerCode).map((m) => [m.id, m] as const))('%s says what the row checker says the portal says', (_id, m) => {
    const checker = PORTAL_MESSAGES[m.checkerCode!];
    expect(checker).toBeDefined();
    expect(checker.startsWith(m.text.replace(/\s*\[…\]$/, '').replace(/…$/, '').trim())).toBe(true);
  });

  it('ids are unique', () => expect(new Set(data.messages.map((m) => m.id)).size).toBe(data.messages.length));
});

describe('a quoted portal message decides the topic and is named in the answer', () => {
  it.each([
    ['the register page says Only government email ids are allowed', 'signup-gov-email-only', 'no-government-email'],
    ['saying only govt email ids allowed, what now', 'signup-gov-email-only', 'no-government-email'],
    ['onli goverment email ids are alowed aa raha hai', 'signup-gov-email-only', 'no-government-email'],
    ['साइन अप पर केवल सरकारी ईमेल आईडी की अनुमति लिखा आ रहा है', 'signup-gov-email-only', 'no-government-email'],
    ['it showed Thank you for registering! and nothing after that', 'signup-thank-you', 'password'],
    ['the error details column of my upload says Email id already registered', 'upload-email-registered', 'bulk-upload-errors'],
    ['Invalid Office Pin Code in the uploaded sheet', 'upload-invalid-pin-code', 'bulk-upload-errors'],
    ['Failed to process user record. Missing Parameters - [Group]', 'upload-missing-parameters', 'bulk-upload-errors'],
    ['login pe invalid credentials bol raha hai', 'login-invalid-credentials', 'login'],
    ['what happens after I click not finding your position', 'signup-position-help', 'position-not-found'],
  ])('%s', (q, id, topic) => {
    const reply = assistant.ask(q);
    expect(reply.topic).toBe(topic);
    expect(reply.facts.portalMessage).toMatchObject({ id });
  });

  it('a short message needs its setting: "invalid email" alone is not the bulk-upload message', () => {
    expect(assistant.ask('invalid email').facts.portalMessage).toBeUndefined();
    expect(assistant.ask('upload says invalid email id').facts.portalMessage).toMatchObject({ id: 'upload-invalid-email' });
  });
});
