import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The MSW server for tests in Node (Vitest). */
export const server = setupServer(...handlers);
