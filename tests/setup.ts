import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { detachClipboardStubFromView, resetClipboardStubOnView } from '@testing-library/user-event/dist/esm/utils/dataTransfer/Clipboard.js';
import './jsdom-labels';
import './jsdom-styles';
import { WindowTopObserver, resetChartsInView } from './in-view';

// Screens other than the plan, and nynorsk and English, are loaded on first use: in jsdom the
// first import of such a module is transformed on the spot, which on a busy two-core machine
// takes longer than Testing Library's default 1 s of waiting.
configure({ asyncUtilTimeout: 5_000 });

/**
 * Recharts measures its container with ResizeObserver, which jsdom lacks: without a size it
 * draws nothing. This stub reports a fixed 800 × 340 box as soon as an element is observed.
 */
class SizedResizeObserver implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    const contentRect = { x: 0, y: 0, top: 0, left: 0, bottom: 340, right: 800, width: 800, height: 340, toJSON: () => ({}) };
    const size = [{ inlineSize: 800, blockSize: 340 }];
    const entry = { target, contentRect, borderBoxSize: size, contentBoxSize: size, devicePixelContentBoxSize: size };
    this.#callback([entry as unknown as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = SizedResizeObserver;

// The window at the top of the page: the charts below are drawn once a test brings them into view (tests/in-view.ts).
globalThis.IntersectionObserver = WindowTopObserver;

/**
 * The component tests' files share one window and one global object (Vitest does not isolate
 * them, see vite.config.ts): this file runs again for each of them. After each test it puts back
 * the page's address, language, title and storage, the URL class's blob functions and the
 * clipboard; after each file, the global object's own properties (those added go, those
 * replaced come back). It does not undo other changes to shared objects (prototypes, listeners
 * on window) or the app's module state (loaded languages, caches): a test that makes such a
 * change undoes it, and the shuffled runs in docs/architecture.md check that none is left.
 */
const globalsAtStart = new Map(Object.getOwnPropertyNames(globalThis).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));

/** Puts the globals back as they were when the file started: those it added go, those it replaced come back. */
function restoreGlobals(): void {
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (!globalsAtStart.has(name)) Reflect.deleteProperty(globalThis, name);
  }
  for (const [name, descriptor] of globalsAtStart) {
    const now = Object.getOwnPropertyDescriptor(globalThis, name);
    if (descriptor !== undefined && (now === undefined || now.value !== descriptor.value || now.get !== descriptor.get)) Object.defineProperty(globalThis, name, descriptor);
  }
}

/**
 * What a test may set on the shared URL class (its blob URLs, `Object.assign(URL, …)` in a
 * download test): put back after each test, as a global replaced would not show it.
 */
const urlStatics = (['createObjectURL', 'revokeObjectURL'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(URL, name)] as const);

function restoreUrlStatics(): void {
  for (const [name, descriptor] of urlStatics) {
    if (descriptor === undefined) Reflect.deleteProperty(URL, name);
    else Object.defineProperty(URL, name, descriptor);
  }
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Testing Library sets this when first imported, and clears it after that file: here for every file.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  cleanup();
  resetChartsInView();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
  // The page's address, language and title, as a fresh window has them.
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
  document.title = '';
  restoreUrlStatics();
  // user-event's clipboard stub, emptied after each test and taken away after each file, as
  // user-event's own hooks do (they are registered once, when the first file imports it).
  resetClipboardStubOnView(window);
});
afterAll(() => {
  detachClipboardStubFromView(window);
  server.close();
  restoreGlobals();
});
