import type { Request, RequestHandler, Response, Server } from 'restify';
import type { Core } from '../compose';
import { loadConfig } from '../config';
import { checkPastedText } from '../domain/bulk-upload';
import { type Directory, loadDirectory } from '../domain/directory';
import { CheckLimiter } from '../files/check-limiter';
import { checkView, contactsView, limitError, tabError, type TabError } from './tab-api';
import {
  SECURITY_HEADERS, type TabAssets, type TabLimits, cachedFile, defaultAssets, langFromQuery, renderTabPage, themeFromQuery,
} from './tab-page';

/** Options of the tab routes (tests point them elsewhere). */
export interface TabRouteOptions {
  /** Content folder for the directory when the core does not carry one. */
  readonly contentDir?: string;
  readonly assets?: Partial<TabAssets>;
  readonly limits?: Partial<TabLimits>;
  /** The file-check slots, shared with the bot (default: its own, from the config). */
  readonly fileChecks?: CheckLimiter;
  /** Runs before every `/api/tab/*` handler (the Entra ID token check when the bot has credentials). */
  readonly auth?: RequestHandler;
}

/** Seconds a client is asked to wait when every file-check slot is taken. */
export const BUSY_RETRY_SECONDS = 60;

/**
 * Default limits. Pasted text goes through the server's body parser (256 KB cap), so `maxTextKb`
 * stays below it; files are streamed by the check route itself and capped at `maxKb`.
 */
export const TAB_LIMITS: TabLimits = Object.freeze({ maxKb: 1024, maxTextKb: 200, maxRows: 2000, maxQuery: 200 });

type Handler = (req: Request, res: Response) => Promise<void> | void;

function sendBody(res: Response, status: number, type: string, body: string | Buffer, cache = 'no-cache'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

function sendJson(res: Response, status: number, value: unknown): void {
  sendBody(res, status, 'application/json; charset=utf-8', JSON.stringify(value), 'no-store');
}

/** The bilingual "busy, try again in a minute" error of a refused file check. */
function busyError(core: Core): TabError {
  return { code: 'busy', message: { en: core.i18n.t('security:busy', { lng: 'en' }) as string, hi: core.i18n.t('security:busy', { lng: 'hi' }) as string } };
}

const params = (req: Request): URLSearchParams => new URL(req.url ?? '/', 'http://localhost').searchParams;

/** Wraps a handler so it always answers once and never throws into restify. */
function safe(core: Core, handler: Handler): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch {
      // Never log the request: it may hold the rows being checked.
      if (!res.headersSent) sendJson(res, 500, { error: tabError(core.i18n, 'server-error') });
    }
  };
}

/** The core's directory; loaded from `contentDir` only for a core built without one (older wiring, tests). */
function directoryOf(core: Core, contentDir: string | undefined): () => Directory {
  let loaded: Directory | undefined;
  return () => {
    if (core.directory) return core.directory;
    loaded ??= loadDirectory(contentDir ?? loadConfig().contentDir);
    return loaded;
  };
}

const extOf = (name: string): string => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();

/** The pasted rows: a text body, or `{"text": "…"}` (parsed here, see `tabBodyGate`); undefined when malformed. */
function pastedText(body: unknown, isJson: boolean): string | undefined {
  if (typeof body !== 'string') return undefined;
  if (!isJson) return body;
  try {
    const parsed: unknown = JSON.parse(body);
    const text = parsed && typeof parsed === 'object' ? (parsed as { text?: unknown }).text : undefined;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a raw body (restify leaves `application/octet-stream` unread) up to `max` bytes; null when larger. */
function readLimited(req: Request, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Checks pasted text or file bytes; answers the view, a 400 with a bilingual error, or a 429 when every file-check slot is taken. */
async function checkBody(core: Core, req: Request, limits: TabLimits, fileChecks: CheckLimiter): Promise<{ status: number; body: unknown }> {
  const bad = (e: TabError) => ({ status: 400, body: { error: e } });
  const busy = { status: 429, body: { error: busyError(core) } };
  const maxBytes = limits.maxKb * 1024;
  if (req.getContentType() === 'application/octet-stream') {
    const name = params(req).get('name') ?? String(req.header('x-file-name') ?? '');
    const ext = extOf(name);
    if (ext !== 'xlsx' && ext !== 'csv') return bad(tabError(core.i18n, 'bad-body'));
    if (fileChecks.full) return busy; // before the body is read: a refused file costs no memory
    const body = await readLimited(req, maxBytes);
    if (!body) return bad(tabError(core.i18n, 'too-large', { maxKb: limits.maxKb }));
    if (body.length === 0) return bad(tabError(core.i18n, 'empty'));
    // exceljs is loaded on the first file, not at start-up (start-up time and memory stay small).
    const { checkBufferInWorker } = await import('../files');
    const checked = await fileChecks.run(() => checkBufferInWorker(body, { fileType: ext, maxBytes, maxRows: limits.maxRows }));
    if (checked.busy) return busy;
    const { result } = checked.value;
    if (result.limit) return bad(result.limit.code === 'too-many-rows' ? tabError(core.i18n, 'too-many-rows', { max: limits.maxRows }) : limitError(core.i18n, result.limit));
    return { status: 200, body: checkView(result, core.i18n) };
  }
  const body: unknown = req.body ?? '';
  const text = pastedText(body, (req as Request & { tabJson?: boolean }).tabJson === true && body !== '');
  if (text === undefined) return bad(tabError(core.i18n, 'bad-body'));
  if (Buffer.byteLength(text, 'utf8') > limits.maxTextKb * 1024) return bad(tabError(core.i18n, 'too-large', { maxKb: limits.maxTextKb }));
  if (!text.trim()) return bad(tabError(core.i18n, 'empty'));
  const result = checkPastedText(text, { maxRows: limits.maxRows });
  if (result.limit) return bad(result.limit.code === 'too-many-rows-for-chat' ? tabError(core.i18n, 'too-many-rows', { max: limits.maxRows }) : limitError(core.i18n, result.limit));
  return { status: 200, body: checkView(result, core.i18n) };
}

/**
 * Runs before the body parser of `/api/tab/check`: refuses bodies over the limit with the bilingual 400
 * (before the server-wide 413), and lets the check route parse JSON itself so malformed JSON also
 * gets the bilingual 400. (A second `restifyError` listener is not an option: restify asserts that
 * each error event is acknowledged once.)
 */
function tabBodyGate(core: Core, limits: TabLimits): (req: Request, res: Response, next: (ok?: boolean) => void) => void {
  return (req, res, next) => {
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const isJson = type === 'application/json' || type.endsWith('+json');
    const isText = isJson || type === 'text/plain';
    const maxKb = isText ? limits.maxTextKb : limits.maxKb;
    if (Number(req.headers['content-length'] ?? 0) > maxKb * 1024 + 1024) {
      sendJson(res, 400, { error: tabError(core.i18n, 'too-large', { maxKb }) });
      return next(false);
    }
    (req as Request & { tabJson?: boolean }).tabJson = isJson;
    req.headers['content-type'] = isText ? 'text/plain; charset=utf-8' : 'application/octet-stream';
    next();
  };
}

/** Routes of the personal tab: the page (`/tab`), its assets and its small JSON endpoints under `/api/tab/`. */
export function tabRoutes(core: Core, options: TabRouteOptions = {}): (server: Server, parseBody: readonly RequestHandler[]) => void {
  const limits: TabLimits = { ...TAB_LIMITS, ...options.limits };
  const assets: TabAssets = { ...defaultAssets(), ...options.assets };
  const template = cachedFile(assets.html);
  const files: Record<string, { read: () => Buffer | undefined; type: string }> = {
    '/tab/tab.css': { read: cachedFile(assets.css), type: 'text/css; charset=utf-8' },
    '/tab/tab.js': { read: cachedFile(assets.script), type: 'text/javascript; charset=utf-8' },
    '/tab/teams-js.min.js': { read: cachedFile(assets.teamsJs), type: 'text/javascript; charset=utf-8' },
  };
  const directory = directoryOf(core, options.contentDir);
  const fileChecks = options.fileChecks ?? new CheckLimiter(loadConfig().fileChecksAtOnce, loadConfig().fileCheckQueue);

  const page: Handler = (req, res) => {
    const html = template();
    if (!html) return sendBody(res, 503, 'text/plain; charset=utf-8', 'The tab page is not built. / टैब पेज तैयार नहीं है।');
    const q = params(req);
    sendBody(res, 200, 'text/html; charset=utf-8', renderTabPage(html.toString('utf8'), core.i18n, limits, {
      lang: langFromQuery(q.get('lang')), theme: themeFromQuery(q.get('theme')),
    }));
  };

  return (server, parseBody) => {
    server.get('/tab', safe(core, page));
    server.get('/tab/', safe(core, page));
    for (const [route, file] of Object.entries(files)) {
      server.get(route, safe(core, (_req, res) => {
        const data = file.read();
        if (!data) return sendBody(res, 503, 'text/plain; charset=utf-8', 'Not built: run npm run build. / बिल्ड नहीं हुआ।');
        sendBody(res, 200, file.type, data);
      }));
    }
    const guard: RequestHandler[] = options.auth ? [options.auth] : [];
    server.get('/api/tab/contacts', ...guard, safe(core, (req, res) => {
      const q = (params(req).get('q') ?? '').trim();
      if (!q || q.length > limits.maxQuery) return sendJson(res, 400, { error: tabError(core.i18n, 'bad-query', { max: limits.maxQuery }) });
      sendJson(res, 200, contactsView(directory(), core.i18n, q));
    }));
    server.post('/api/tab/check', ...guard, tabBodyGate(core, limits), ...parseBody, safe(core, async (req, res) => {
      const { status, body } = await checkBody(core, req, limits, fileChecks);
      if (status === 429) {
        res.setHeader('Retry-After', String(BUSY_RETRY_SECONDS));
        res.setHeader('Connection', 'close'); // the unread file is not read
      }
      sendJson(res, status, body);
    }));
    const notFound = safe(core, (_req, res) => sendJson(res, 404, { error: tabError(core.i18n, 'not-found') }));
    for (const method of ['get', 'post', 'put', 'del', 'patch'] as const) server[method]('/api/tab/*', ...guard, notFound);
  };
}
