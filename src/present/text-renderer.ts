import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import type { I18n } from '../i18n';
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
    const t = this.i18n.getFixedT(reply.lang);
    if (reply.topic === 'language' && reply.setLang) return t('language.switched');
    const titles = (topic: string) => topicTitle(this.assistant.answerTopic(topic, reply.lang).answer, reply.lang, topic);
    return renderReplyText(reply, t, titles, this.renderers);
  }
}
