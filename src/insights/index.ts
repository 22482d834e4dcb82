/**
 * The content team's worklist: answered topics, feedback and unanswered questions, kept without
 * personal data (see `minimiseQuestion`) and each with an expiry. Public API: `InsightsStore`
 * (append, read, purge, flush), `createInsightsStore(config)`, the entry types, `minimiseQuestion`.
 */
export * from './insight-event';
export { JsonlInsightsStore, type StoreOptions } from './jsonl-insights-store';
export { createInsightsStore, type PlacedInsightsStore } from './create-insights-store';
export { INSIGHTS_BATCH, type BatchTiming } from './insight-batch';
export { minimiseQuestion, MINIMISE_LIMITS } from './minimise';
export { summarizeInsights, type InsightsSummary } from './summary';
export { insightFromReply, feedbackEvent } from './from-reply';
