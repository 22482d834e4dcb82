import { createCore } from '../../compose';
import type { Lang } from '../../domain/types';
import { TextRenderer } from '../../present/text-renderer';
import { parseAt } from '../at-time';
import { parseArgs, readNonEmptyLines, UsageError } from '../cli-io';
import type { Command } from './index';
import { factRenderers } from '../../present/fact-renderers';

/** `sahayak ask [--lang hi|en] [--json] [--at ISO-8601] [question…]`: answers questions, one per line (as of `--at`, else now). */
export const runAsk: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json'], ['lang', 'at']);
  const lang = flags.get('lang');
  if (lang !== undefined && lang !== 'hi' && lang !== 'en') throw UsageError.of('bad-lang');
  const at = flags.get('at');
  const moment = typeof at === 'string' ? parseAt(at) : undefined;
  const core = createCore(config, moment ? { clock: () => moment } : {});
  const renderer = new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory));
  const user = lang ? { forcedLang: lang as Lang } : {};
  const answer = (query: string) => {
    const reply = core.assistant.ask(query, user);
    const text = renderer.render(reply);
    io.stdout.write(
      flags.has('json') ? `${JSON.stringify({ query, topic: reply.topic, lang: reply.lang, answer: text })}\n` : `${text}\n\n`,
    );
  };
  const question = positional.join(' ');
  if (positional.length && !question.trim()) throw UsageError.of('nothing-given');
  if (positional.length) answer(question);
  else for await (const line of readNonEmptyLines(io.stdin)) answer(line);
  return 0;
};
