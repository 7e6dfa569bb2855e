export { Compare } from './compare';
export { defaultChoice, selectComparison, MAX_CHOSEN, MIN_CHOSEN } from './selectors';
