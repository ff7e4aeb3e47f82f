import { defineConfig } from 'vitest/config';

// Loopback only: classroom machines share networks with pupils' devices.
const host = '127.0.0.1';

export default defineConfig({
  // Relative asset URLs, so dist/ also works from a sub-path or a school intranet folder.
  base: './',
  server: { host },
  preview: { host },
  build: {
    // Phaser alone is ~1.2 MB minified (~360 KB gzipped) and lives in its own chunk; the
    // game's own chunks stay far below this, so the warning still guards them.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: its own chunk stays cached across game updates.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
