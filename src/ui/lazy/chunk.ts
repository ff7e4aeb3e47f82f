/**
 * A part of the game's code that is fetched on first use (Vite's dynamic `import()` makes it
 * a chunk of its own). Remembers the module once loaded, so later screens are built at once;
 * a failed fetch (the server gone, the network down) is forgotten, so "try again" fetches anew.
 */
export interface Chunk<T> {
  /** the module, once it has loaded */
  readonly loaded: T | undefined;
  /** Loads it (once at a time); rejects when the fetch fails. */
  load(): Promise<T>;
}

export function chunk<T>(importer: () => Promise<T>): Chunk<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      if (loaded !== undefined) return Promise.resolve(loaded);
      pending ??= importer().then(
        (module) => {
          loaded = module;
          pending = undefined;
          return module;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
