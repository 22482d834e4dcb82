/** The query-assistance desk: requests for a person, their state machine, numbering, limits and counts (no Bot Framework). */
export * from './types';
export * from './limits';
export * from './transitions';
export * from './desk-index';
export * from './phrases';
export * from './stats';
export { newRequest, type NewRequest } from './new-request';
export { userKeyOf } from './user-key';
