export { Forecast } from './forecast';
export { KeyFigureBar } from './key-figure-bar';
