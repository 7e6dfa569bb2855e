export { Meeting } from './meeting';
export { applyWhatIf, whatIfProjection, NO_WHAT_IF, type WhatIf } from './what-if';
