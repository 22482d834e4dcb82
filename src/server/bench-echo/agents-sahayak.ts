import http from 'node:http';
import { ActivityHandler, CloudAdapter, authorizeJWT, loadAuthConfigFromEnv } from '@microsoft/agents-hosting';
import { loadConfig } from '../../config';
import { createCore } from '../../compose';
import { expandCommand } from '../../bot/bot-commands';
import { insightFromReply, JsonlInsightsStore } from '../../insights';
import { factRenderers } from '../../present/fact-renderers';
import { TextRenderer } from '../../present/text-renderer';
import { ReplyPresenter } from '../../bot/reply-presenter';
import { createLogger } from '../logger';
import { newCorrelationId } from '../request-log';
import { agentsResponse, serveAgentTurn } from './agents-echo';

/**
 * What moving `src/bot` and `src/server` to the Microsoft 365 Agents SDK would give, for the
 * turn the benchmark loads: Sahayak's answer path (the same core, presenter, card templates,
 * reply memory, saved-language read, worklist and per-request log line) on the SDK's
 * `CloudAdapter` and `ActivityHandler`, served by `node:http`. A measuring prototype for the
 * benchmark, not the product: buttons, files, the messaging extension and the tab stay on
 * botbuilder. Run as a child process: `node dist/server/bench-echo/agents-sahayak.js <port>`.
 */
export function startAgentsSahayak(port: number, host = '127.0.0.1'): Promise<http.Server> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const core = createCore(config);
  const presenter = new ReplyPresenter(core.assistant, new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)), core.i18n);
  const insights = new JsonlInsightsStore(config.insightsFile);
  const savedLang = new Map<string, 'en' | 'hi'>(); // the product reads it from Storage: one async read per turn, as here
  const authConfig = loadAuthConfigFromEnv();
  const adapter = new CloudAdapter(authConfig);
  const agent = new ActivityHandler();
  agent.onMessage(async (context, next) => {
    const activity = context.activity;
    const user = { savedLang: await Promise.resolve(savedLang.get(activity.from?.id ?? '')), locale: activity.locale };
    const text = expandCommand(activity.text ?? '');
    const reply = core.assistant.ask(text, user);
    if (reply.setLang) savedLang.set(activity.from?.id ?? '', reply.setLang);
    const event = insightFromReply(reply, core.clock());
    if (event) await insights.append(event);
    await context.sendActivity(presenter.reply(reply, { suggest: true }) as never);
    await next();
  });
  const jwt = authorizeJWT(authConfig);
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const ref = newCorrelationId();
    res.setHeader('x-correlation-id', ref);
    res.once('close', () => logger.info({ ref, method: req.method, route: '/api/messages', status: res.statusCode, ms: Math.round((performance.now() - started) * 100) / 100 }, 'request'));
    serveAgentTurn(req, agentsResponse(res), { jwt, adapter, agent }, { error: 'bad-request', ref });
  });
  return new Promise((resolve) => server.listen(port, host, () => {
    logger.info({ port }, 'listening');
    resolve(server);
  }));
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const port = Number(process.argv[2] ?? 3981);
  void startAgentsSahayak(port).then(() => {
    process.stdout.write(`${JSON.stringify({ msg: 'ready', port, startupMs: Number(process.hrtime.bigint() - started) / 1e6 })}\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
