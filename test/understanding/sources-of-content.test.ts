/**
 * Facts of issue 13's content against the source documents (when ../shared is beside the
 * checkout; a clone alone skips this part): portal messages appear in a cited document, and
 * iGOT support's channels are copied exactly from the support FAQ.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PortalMessageData } from '../../src/domain/understanding/portal-messages';
import type { SupportChannels } from '../../src/domain/assistant/support-channels';

const CONTENT = path.resolve(__dirname, '../../content');
const SHARED = [path.resolve(__dirname, '../../../shared'), process.env.SAHAYAK_SHARED_DIR].find((d) => d && fs.existsSync(path.join(d, 'topics.md')));
/** Which file each source id is (tests only: no user-facing text names a file). */
const FILES: Record<string, string> = {
  'up-housing-letters-2023': 'seeds/000_708af4f96665966d.txt',
  'kb-do-letter-2023-05-30': 'seeds/001_a1179378f1fc2ec5.txt',
  'jan-seva-guidelines': 'seeds/003_637b674118756b4c.txt',
  'bsnl-circular-2022-09-02': 'seeds/004_eb946bfc91ce9f73.txt',
  'igot-support-faq': 'reference/igot-support-faq.jsonl',
  'igot-portal-upload-checks': 'bulk-upload-rules.md',
};
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const read = (id: string) => fs.readFileSync(path.join(SHARED!, FILES[id]), 'utf8');

(SHARED ? describe : describe.skip)('content of issue 13 against the source documents', () => {
  const messages = (JSON.parse(fs.readFileSync(path.join(CONTENT, 'portal-messages.json'), 'utf8')) as PortalMessageData).messages;
  it.each(messages.map((m) => [m.id, m] as const))('%s is written in one of its sources', (_id, m) => {
    const text = fold(m.text.replace(/\[…\]|…/g, ' '));
    expect(m.sources.some((id) => FILES[id] && fold(read(id)).includes(text))).toBe(true);
  });

  it('iGOT support channels are copied exactly from the support FAQ', () => {
    const channels = JSON.parse(fs.readFileSync(path.join(CONTENT, 'support-channels.json'), 'utf8')) as SupportChannels;
    const faq = read('igot-support-faq');
    expect(channels.sources).toEqual(['igot-support-faq']);
    expect(faq).toContain(channels.teamsUrl);
    expect(faq).toContain(channels.email);
    expect(faq).toContain('9 AM to 5 PM');
  });
});
