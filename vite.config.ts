import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
// `.js` names the .ts module for both TypeScript and Vite's config loader (which warns about bare paths).
import { phaserWithoutEval } from './src/build/phaser-no-eval.js';
import { serviceWorker } from './src/build/service-worker-plugin.js';
import { sharedWorkerChunk } from './src/build/shared-worker-chunk.js';
import { OFFLINE_DIR, singleFileFinish } from './src/build/single-file.js';
import { woff2Only } from './src/build/woff2-only.js';

// Loopback only: classroom machines share networks with pupils' devices.
const host = '127.0.0.1';

const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig(({ mode }) => {
  // `vite build --mode offline` (npm run build:offline): one self-contained HTML file for a flash drive.
  const singleFile = mode === 'offline';
  return {
    // Relative asset URLs, so dist/ also works from a sub-path or a school intranet folder.
    base: './',
    server: { host },
    preview: { host },
    // The editor's check worker cannot be a separate file in the single file: it checks on the page there.
    resolve: singleFile
      ? { alias: [{ find: /^\.\/check-worker$/, replacement: fileURLToPath(new URL('./src/ui/editor/check-worker.single-file.ts', import.meta.url)) }] }
      : {},
    plugins: singleFile
      ? [phaserWithoutEval(), woff2Only(), viteSingleFile(), singleFileFinish()]
      : [phaserWithoutEval(), woff2Only(), sharedWorkerChunk('check', 'src/ui/editor/check.worker.ts'), serviceWorker(packageVersion)],
    build: singleFile
      ? { outDir: OFFLINE_DIR, emptyOutDir: true }
      : {
          // Phaser alone is ~1.2 MB minified (~360 KB gzipped) and lives in its own chunk; the
          // game's own chunks stay far below this, so the warning still guards them.
          chunkSizeWarningLimit: 1400,
          rolldownOptions: {
            output: {
              // Phaser is large and changes rarely: its own chunk stays cached across game updates.
              codeSplitting: {
                groups: [
                  { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
                  // The core and its libraries, shared by the menu and the lazy parts (src/ui/lazy).
                  // no-eval.ts must run before any zod parse in it, so it lives in this chunk too:
                  // left in the entry chunk, it would run after this chunk's own module code.
                  { name: 'core', test: /node_modules[\\/](zod|xstate|immer)[\\/]|src[\\/]sim[\\/]|src[\\/]app[\\/]offline[\\/]no-eval\.ts$/ },
                ],
              },
            },
          },
        },
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      environment: 'node',
    },
  };
});
