/**
 * Builds a module worker as one more chunk of the site's own build, so it imports the chunks
 * the page already has (the core: zod, XState, Immer, src/sim) instead of carrying a copy of
 * them, as Vite's `new Worker(new URL(…))` bundling does. The page asks for the worker's
 * address with `import url from 'virtual:<name>-worker-url'`.
 */
import type { Plugin } from 'vite';

export function sharedWorkerChunk(name: string, entry: string): Plugin {
  const virtualId = `virtual:${name}-worker-url`;
  const resolvedId = `\0${virtualId}`;
  let building = false;
  return {
    name: `mpf:shared-worker-chunk:${name}`,
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      // The dev server serves the module itself; its imports resolve there like the page's.
      if (!building) return `export default new URL(${JSON.stringify(`/${entry}`)}, location.href).href;`;
      const ref = this.emitFile({ type: 'chunk', id: entry, name: `${name}-worker` });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
