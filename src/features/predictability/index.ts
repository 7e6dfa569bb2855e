export { Predictability } from './predictability';
export { toFanSeries, FAN_METRICS, type FanSeries } from './fan-series';
export { toPredictabilityValue, toSpreadSeries, toMismatchSeries } from './value-series';
export { toRecordSeries } from './record-series';
export { toTornadoSeries } from './tornado-series';
export { toLargestFinding } from './largest-series';
export { needShare } from './share';
export { toSimulationInput, DEFAULT_OPTIONS } from './options';
export { parseOptionsForm, toForm } from './options-parse';
