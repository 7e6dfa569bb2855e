import { afterEach, expect } from 'vitest';

/**
 * A test that wrote into Object.prototype (a path of untrusted keys through «__proto__», as the
 * fuzzer once did) would give every object of the process a field, and later tests and files,
 * which share the global object (vite.config.ts), would fail for no fault of their own. Caught
 * after the test that did it, and undone so that it goes no further.
 */
afterEach(() => {
  const added = Object.keys(Object.prototype);
  for (const key of added) Reflect.deleteProperty(Object.prototype, key);
  expect(added, 'fields written into Object.prototype').toEqual([]);
});
