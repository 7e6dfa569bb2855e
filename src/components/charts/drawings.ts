import { lazyModule } from '../lazy-module';

/**
 * The shared charts' drawings (Recharts and what it brings, about half the first screen's
 * JavaScript), loaded after the first paint: the titles, tables and legends come at once, each
 * drawing in a box of its size (scripts/bundle-size.mjs, issue 13).
 */
export const drawings = lazyModule(() => import('./plots'));

/** Starts loading the drawings, e.g. as the plan screen opens, while its data still loads. */
export const preloadDrawings = (): void => void drawings.load().catch(() => undefined);
