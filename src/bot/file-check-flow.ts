import type { Activity, Attachment, FileConsentCardResponse, TurnContext } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import type { CheckResult } from '../domain/bulk-upload';
import type { Lang } from '../domain/types';
import type { FileCheckOutcome, UploadOutcome } from '../files';
import type { ReplyPresenter } from './reply-presenter';

/** What a file that is neither .xlsx nor .csv gets: the checker's "only .xlsx and .csv" message, nothing downloaded. */
const NOT_CHECKABLE: CheckResult = Object.freeze({ layout: 'current', layoutAssumed: false, headerFound: false, rows: [], notes: [], limit: { code: 'not-xlsx-or-csv' } });

/** How Teams delivers a file sent to the bot in a personal chat. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** A file the user sent: where to fetch it (short-lived, pre-authorised URL) and its type. */
export interface SentFile {
  readonly downloadUrl: string;
  readonly fileType: string;
  readonly name: string;
}

/** The I/O the flow needs (real HTTP in the product; injected so tests point it at a local server). */
export interface FileCheckIo {
  /** `busy` when every file-check slot and the queue are taken (the user is asked to try again in a minute). */
  readonly downloadAndCheck: (url: string, options: { fileType?: string; now?: Date; annotate?: boolean }) => Promise<FileCheckOutcome | 'busy'>;
  readonly upload: (url: string, body: Buffer) => Promise<UploadOutcome>;
}

/** The first file attachment of a message, if any. */
export function readSentFile(activity: Partial<Activity>): SentFile | undefined {
  const file = (activity.attachments ?? []).find((a: Attachment | null) => a?.contentType === FILE_DOWNLOAD_INFO);
  const content = file?.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
  if (!file || typeof content?.downloadUrl !== 'string') return undefined;
  return { downloadUrl: content.downloadUrl, fileType: String(content.fileType ?? ''), name: String(file.name ?? 'upload') };
}

/** The kinds of file that can be checked, by extension. */
const CHECKABLE = new Set(['xlsx', 'csv']);

/**
 * False for a file that says it is neither .xlsx nor .csv, by its Teams file type or else its
 * name's extension (a .txt is not: the CLI says the same). A file that says nothing is sniffed.
 */
export function isCheckableFile(file: SentFile): boolean {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1] ?? '';
  const type = (file.fileType || ext).toLowerCase().replace(/^\./, '');
  return !type || CHECKABLE.has(type);
}

/** The name of the annotated copy: `<name>-checked.xlsx`. */
function checkedName(name: string): string {
  return `${name.replace(/\.[^.]*$/, '') || 'upload'}-checked.xlsx`;
}

/**
 * A bulk-upload file sent to the bot: download it (size limit, timeout), check it,
 * reply with the summary and offer the annotated copy back through a FileConsentCard.
 * Nothing is kept: on "Allow" the file is fetched and checked again, then uploaded.
 */
export class FileCheckFlow {
  constructor(
    private readonly assistant: Assistant,
    private readonly presenter: ReplyPresenter,
    private readonly io: FileCheckIo,
    private readonly clock: () => Date,
  ) {}

  /** Checks a sent file; replies with the summary and (when there is one) the offer of the annotated copy. */
  async onFile(context: TurnContext, file: SentFile, lang: Lang): Promise<void> {
    if (!isCheckableFile(file)) {
      await context.sendActivity(this.summary(NOT_CHECKABLE, lang));
      return;
    }
    const outcome = await this.io.downloadAndCheck(file.downloadUrl, { fileType: file.fileType, now: this.clock(), annotate: true });
    if (outcome === 'busy') return this.busy(context, lang);
    const messages: Partial<Activity>[] = [this.summary(outcome.result, lang)];
    if (outcome.annotated && !outcome.result.limit) messages.push(this.consentCard(file, outcome.annotated.length, lang));
    await context.sendActivities(messages);
  }

  /** The user allowed the annotated copy: fetch and check again, upload, show the file. */
  async onAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const file = response.context as SentFile & { lang?: Lang };
    const lang: Lang = file?.lang === 'hi' ? 'hi' : 'en';
    const t = this.presenter.t(lang);
    const upload = response.uploadInfo;
    if (!upload?.uploadUrl || typeof file?.downloadUrl !== 'string') {
      await context.sendActivity(this.presenter.notice(lang, t('bot:file.uploadFailed')));
      return;
    }
    const outcome = await this.io.downloadAndCheck(file.downloadUrl, { fileType: file.fileType, now: this.clock(), annotate: true });
    if (outcome === 'busy') return this.busy(context, lang);
    if (!outcome.annotated) {
      await context.sendActivity(this.presenter.notice(lang, t('bot:file.expired')));
      return;
    }
    const sent = await this.io.upload(upload.uploadUrl, outcome.annotated);
    if (!sent.ok) {
      await context.sendActivity(this.presenter.notice(lang, t('bot:file.uploadFailed')));
      return;
    }
    await context.sendActivity({
      attachments: [{ contentType: FILE_INFO, contentUrl: upload.contentUrl, name: upload.name, content: { uniqueId: upload.uniqueId, fileType: upload.fileType } }],
    });
  }

  /** The user declined the annotated copy. */
  async onDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const lang: Lang = (response.context as { lang?: Lang } | undefined)?.lang === 'hi' ? 'hi' : 'en';
    await context.sendActivity(this.presenter.notice(lang, this.presenter.t(lang)('bot:file.declined')));
  }

  private async busy(context: TurnContext, lang: Lang): Promise<void> {
    await context.sendActivity(this.presenter.notice(lang, this.presenter.t(lang)('security:busy')));
  }

  private summary(result: CheckResult, lang: Lang): Partial<Activity> {
    const reply = this.assistant.answerTopic('row-check', lang);
    // Past the chat's row limit, point to the command line, which checks a whole ministry's sheet.
    const shown = result.limit?.code === 'too-many-rows' ? { ...result, limit: { ...result.limit, code: 'too-many-rows-use-cli' } } : result;
    return this.presenter.reply({ ...reply, facts: { ...reply.facts, rowCheck: shown } });
  }

  private consentCard(file: SentFile, size: number, lang: Lang): Partial<Activity> {
    const context = { ...file, lang };
    return {
      attachments: [
        {
          contentType: FILE_CONSENT,
          name: checkedName(file.name),
          content: { description: this.presenter.t(lang)('bot:file.consent'), sizeInBytes: size, acceptContext: context, declineContext: context },
        },
      ],
    };
  }
}
