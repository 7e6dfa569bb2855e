import { useEffect, useSyncExternalStore } from 'react';

/**
 * A module loaded on demand (a dynamic `import()`), for a part of the first screen that may come
 * after its first paint: the Recharts drawings of the charts. Unlike `React.lazy` it suspends
 * nothing: until the module is there, the caller renders a placeholder of the same size.
 */
export interface LazyModule<M> {
  /** Starts loading, once (again after a failed load); resolves with the module. */
  readonly load: () => Promise<M>;
  /** The module if it is loaded. */
  readonly current: () => M | undefined;
  readonly subscribe: (listener: () => void) => () => void;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  return {
    load: () => {
      pending ??= importer().then(
        (loaded) => {
          module = loaded;
          for (const listener of listeners) listener();
          return loaded;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => module,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The module once loaded, else undefined; loading starts after the first commit (a failed load is tried again on the next). */
export function useLazyModule<M>(lazy: LazyModule<M>): M | undefined {
  const module = useSyncExternalStore(lazy.subscribe, lazy.current, lazy.current);
  useEffect(() => {
    if (module === undefined) lazy.load().catch(() => undefined);
  });
  return module;
}
