export { Compare } from './compare';
export { toComparison, yearFigures, MEASURES, type Comparison, type ComparedScenario, type ComparisonInput, type Measure } from './comparison';
export { cumulativeFinding, differenceCsv, distinctNames, netFinding, toOverlayRows } from './compare-series';
export { defaultChoice, selectComparison, MAX_CHOSEN, MIN_CHOSEN } from './selectors';
