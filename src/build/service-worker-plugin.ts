/**
 * Builds src/app/offline/service-worker.ts into dist/sw.js and writes into it this build's
 * version and the list of every file the build produced (precached on install). The
 * version is the package version plus a hash of all the files, so any change to the game
 * gives a new cache and the page offers «Обновить».
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/app/offline/service-worker.ts';
// The minifier may quote the string literal with ', " or `.
const MARKER = /(['"`])__MPF_SW_MANIFEST__\1/g;

export function serviceWorker(packageVersion: string): Plugin {
  let root = process.cwd();
  return {
    name: 'mpf:service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: path.resolve(root, SOURCE), fileName: SERVICE_WORKER_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sw = bundle[SERVICE_WORKER_FILE];
        if (!sw || sw.type !== 'chunk') return this.error(`${SERVICE_WORKER_FILE} was not built`);
        if (sw.imports.length > 0 || sw.dynamicImports.length > 0 || sw.exports.length > 0) {
          return this.error(`${SOURCE} must stay a classic script: no imports or exports (has ${[...sw.imports, ...sw.exports].join(', ')})`);
        }
        const files = Object.keys(bundle)
          .filter((name) => name !== SERVICE_WORKER_FILE && !name.endsWith('.map'))
          .sort();
        const hash = createHash('sha256');
        for (const name of files) {
          const file = bundle[name]!;
          hash.update(name).update('\0').update(file.type === 'chunk' ? file.code : file.source).update('\0');
        }
        const version = `${packageVersion}-${hash.digest('hex').slice(0, 12)}`;
        const manifest = JSON.stringify({ version, files });
        let found = 0;
        sw.code = sw.code.replace(MARKER, () => {
          found++;
          return JSON.stringify(manifest);
        });
        if (found !== 1) this.error(`expected one manifest marker in ${SERVICE_WORKER_FILE}, found ${found}`);
      },
    },
  };
}
