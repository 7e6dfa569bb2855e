export { Forecast } from './forecast';
export { toResidenceSeries, type ResidenceSeries } from './residence-series';
