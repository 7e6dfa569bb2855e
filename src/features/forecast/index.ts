export { Forecast, preloadForecastDrawings } from './forecast';
export { KeyFigureBar } from './key-figure-bar';
