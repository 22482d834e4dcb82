import http from 'node:http';
import { ActivityHandler, CloudAdapter, authorizeJWT, loadAuthConfigFromEnv, type TurnContext } from '@microsoft/agents-hosting';
import { stringifyBody } from '../json-body';

/** Largest request body read (as the Sahayak server). */
const MAX_BODY_BYTES = 256 * 1024;

/** The response methods the Agents SDK's adapter calls (Express-style), on a plain `node:http` response. */
export type AgentsResponse = http.ServerResponse & { status(code: number): AgentsResponse; send(body: unknown): AgentsResponse };

/** A `node:http` response with the Express-style `status` and `send` the SDK's adapter calls. */
export function agentsResponse(res: http.ServerResponse): AgentsResponse {
  const out = res as AgentsResponse;
  out.status = (code) => {
    out.statusCode = code;
    return out;
  };
  out.send = (body) => {
    const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : stringifyBody(body);
    if (!out.hasHeader('content-type')) out.setHeader('content-type', 'application/json');
    out.end(text);
    return out;
  };
  return out;
}

/** The request's JSON body (at most 256 KB). */
export function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) reject(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

/**
 * The same echo bot on the Microsoft 365 Agents SDK (`@microsoft/agents-hosting`, the Bot
 * Framework SDK's successor), served by plain `node:http`: the SDK's `authorizeJWT` (anonymous
 * without a client id, as the botbuilder echo runs without an app id), its `CloudAdapter` and
 * `ActivityHandler`. What a turn costs on the successor stack, for the benchmark.
 * Run as a child process: `node dist/server/bench-echo/agents-echo.js <port>`.
 */
/**
 * One `POST /api/messages` on the Agents SDK, the way its samples serve it on `node:http`: 404
 * elsewhere, the JSON body read, the JWT middleware, then `adapter.process`; 400 for a bad body.
 */
export function serveAgentTurn(
  req: http.IncomingMessage,
  out: AgentsResponse,
  auth: { jwt: ReturnType<typeof authorizeJWT>; adapter: CloudAdapter; agent: ActivityHandler },
  badRequest: object = { error: 'bad-request' },
): void {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    out.status(404).end();
    return;
  }
  readJson(req).then(
    (body) => {
      (req as http.IncomingMessage & { body?: unknown }).body = body;
      return auth.jwt(req as never, out as never, () => auth.adapter.process(req as never, out as never, (context: TurnContext) => auth.agent.run(context)));
    },
  ).catch(() => {
    if (!out.headersSent) out.status(400).send(badRequest);
  });
}

export function startAgentsEcho(port: number, host = '127.0.0.1'): Promise<http.Server> {
  const authConfig = loadAuthConfigFromEnv();
  const adapter = new CloudAdapter(authConfig);
  const agent = new ActivityHandler();
  agent.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const jwt = authorizeJWT(authConfig);
  const server = http.createServer((req, res) => serveAgentTurn(req, agentsResponse(res), { jwt, adapter, agent }));
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const port = Number(process.argv[2] ?? 3980);
  void startAgentsEcho(port).then(() => {
    process.stdout.write(`${JSON.stringify({ msg: 'ready', port, startupMs: Number(process.hrtime.bigint() - started) / 1e6 })}\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
