import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import { translatorFor, type I18n } from '../i18n';
import { FactRenderers, renderReplyText, topicTitle } from './answer-text';

/** Turns any reply into the plain text the bot sends and the CLI prints. */
export class TextRenderer {
  constructor(
    private readonly assistant: Assistant,
    private readonly i18n: I18n,
    private readonly renderers: FactRenderers = {},
  ) {}

  /** The reply as plain text in its language. */
  render(reply: AssistantReply): string {
    const t = translatorFor(this.i18n, reply.lang);
    if (reply.topic === 'language' && reply.setLang) return t('language.switched');
    const titles = (topic: string) => topicTitle(this.assistant.answerFor(topic), reply.lang, topic);
    return renderReplyText(reply, t, titles, this.renderers);
  }
}
