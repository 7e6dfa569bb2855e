export { Forecast, preloadForecastDrawings } from './forecast';
export { toResidenceSeries, type ResidenceSeries } from './residence-series';
export { KeyFigureBar } from './key-figure-bar';
export { toKeyFigures, type KeyFigures } from './key-figures';
