export { Rates } from './rates';
