export { Predictability } from './predictability';
