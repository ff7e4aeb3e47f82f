/**
 * `vite build --mode offline`: the whole game as one HTML file (dist/offline/mini-process-factory.html)
 * that a teacher copies to a flash drive and opens by double-click. From file:// a browser fetches
 * nothing else, so everything is inlined: code (vite-plugin-singlefile, no dynamic chunks),
 * styles, levels (bundled by import.meta.glob) and the Golos Text fonts as data: URLs.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const OFFLINE_DIR = 'dist/offline';
export const OFFLINE_FILE = 'mini-process-factory.html';

/**
 * The policy of the single file. An inline script cannot be 'self', and 'unsafe-inline'
 * would let any injected script run, so the one inline script is allowed by its SHA-256
 * hash. Styles keep 'unsafe-inline' as on the served site: a style cannot run code, and a
 * style attribute written at run time (by the UI or Phaser) must never break the page. No 'unsafe-eval', and nothing may be fetched from anywhere:
 * fonts and images are data: URLs, canvases blob: at most.
 */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'media-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * Runs after vite-plugin-singlefile: checks nothing was left outside the HTML, writes the
 * hash-based policy over index.html's own, and names the file mini-process-factory.html.
 */
export function singleFileFinish(): Plugin {
  return {
    name: 'mpf:single-file-finish',
    apply: 'build',
    enforce: 'post',
    // Until the script is inlined its hash is unknown; a stand-in tells vite-plugin-singlefile
    // (which warns about policies that block inline code) that a hash will be there.
    transformIndexHtml(html) {
      return html.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(['sha256-pending'])}" />`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const names = Object.keys(bundle);
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return this.error('the single-file build made no index.html');
        const leftOver = names.filter((name) => name !== 'index.html');
        if (leftOver.length > 0) return this.error(`not inlined into the single file: ${leftOver.join(', ')}`);

        let source = String(html.source);
        const hashes: string[] = [];
        for (const [, attrs, code] of source.matchAll(INLINE_SCRIPT)) {
          if (/\bsrc=/.test(attrs ?? '')) return this.error('the single file still loads a script by URL');
          hashes.push(`sha256-${createHash('sha256').update(code ?? '', 'utf8').digest('base64')}`);
        }
        if (hashes.length === 0) return this.error('the single file has no inline script');
        if (!CSP_META.test(source)) return this.error('index.html has no Content-Security-Policy meta tag to replace');
        source = source.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(hashes)}" />`);

        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source });
      },
    },
  };
}
