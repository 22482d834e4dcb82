import pino from 'pino';
import type { AppConfig } from '../../config';
import { elapsed, summarizeDesk, type DeskRequest, type DeskSummary } from '../../domain/desk';
import type { Lang } from '../../domain/types';
import { createI18n } from '../../i18n';
import { frameworkStorageBackends } from '../../bot/framework-storage';
import { createStateStore } from '../../storage/create-storage';
import { DeskStore } from '../../storage/desk-store';
import { parseArgs, UsageError } from '../cli-io';
import type { Command } from './index';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The desk's store as the bot keeps it (the shared Blob Storage), or undefined without one: a memory store is another process's. */
export function openDeskStore(config: AppConfig): DeskStore | undefined {
  if (!config.blobConnectionString) return undefined;
  const store = createStateStore(config, pino({ enabled: false }), frameworkStorageBackends);
  return new DeskStore(store.storage);
}

/** One request as `sahayak desk --json` lists it (no user name, no ids). */
export interface DeskListing {
  readonly n: number;
  readonly status: DeskRequest['status'];
  readonly lang: Lang;
  readonly createdAt: string;
  readonly ageMinutes: number;
  readonly owner: string | null;
  readonly outOfHours: boolean;
  readonly question: string;
}

function listing(r: DeskRequest, now: number): DeskListing {
  return {
    n: r.n, status: r.status, lang: r.lang, createdAt: r.createdAt, ageMinutes: Math.floor((now - Date.parse(r.createdAt)) / 60_000),
    owner: r.owner?.name ?? null, outOfHours: r.outOfHours, question: r.question,
  };
}

function line(l: DeskListing, now: number, t: T): string {
  const age = elapsed(Date.parse(l.createdAt), now);
  const question = l.question.replace(/\s+/g, ' ');
  return t('desk:cli.line', {
    n: l.n, status: t(`desk:status.${l.status}`), age: t(`desk:age.${age.unit}`, { count: age.count }), owner: l.owner ?? t('desk:cli.noOwner'),
    lang: l.lang, question: question.length > 80 ? `${question.slice(0, 80)}…` : question,
  });
}

/** The requests not closed (oldest first), or also the closed ones still kept (`all`). */
export async function listRequests(store: DeskStore, now: number, all = false): Promise<DeskListing[]> {
  const index = await store.index();
  const closed = all ? (await Promise.all(index.months.map((m) => store.closedIn(m)))).flat().map((e) => e.n) : [];
  const ns = [...index.live.map((e) => e.n), ...closed].sort((a, b) => a - b);
  return (await store.requests(ns)).map((r) => listing(r, now));
}

/** The desk's summary counts over what the store keeps (since `since`, ms, when given). */
export async function deskSummary(store: DeskStore, since: number | null = null): Promise<DeskSummary> {
  const index = await store.index();
  const closed = (await Promise.all(index.months.map((m) => store.closedIn(m)))).flat();
  return summarizeDesk(index.live, closed, since);
}

/** `sahayak desk [--json] [--all] [--lang en|hi]`: the requests the desk has not closed, with age and owner. */
export const runDesk: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json', 'all'], ['lang']);
  if (positional.length) throw new UsageError('desk takes no arguments');
  const lang = flags.get('lang') ?? 'en';
  if (lang !== 'hi' && lang !== 'en') throw new UsageError('--lang must be hi or en');
  const fixed = createI18n(config.localesDir).getFixedT(lang);
  const t: T = (key, options) => String(fixed(key, options as never));
  const store = openDeskStore(config);
  if (!store) throw new UsageError(t('desk:cli.noStore'));
  const now = Date.now();
  const requests = await listRequests(store, now, flags.has('all'));
  if (flags.has('json')) {
    io.stdout.write(`${JSON.stringify({ requests })}\n`);
    return 0;
  }
  if (!requests.length) {
    io.stdout.write(`${t('desk:cli.none')}\n`);
    return 0;
  }
  const heading = t(flags.has('all') ? 'desk:cli.headingAll' : 'desk:cli.heading', { count: requests.length });
  io.stdout.write(`${[heading, ...requests.map((r) => `  ${line(r, now, t)}`)].join('\n')}\n`);
  return 0;
};
