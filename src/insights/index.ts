/** Feedback and unanswered questions, recorded without personal data, for the content team. */
export * from './insight-event';
export { JsonlInsightsStore } from './jsonl-insights-store';
export { maskPersonalData, MAX_QUESTION_CHARS } from './mask';
export { summarizeInsights, type InsightsSummary } from './summary';
export { insightFromReply, feedbackEvent } from './from-reply';
