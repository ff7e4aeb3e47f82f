/**
 * @fontsource lists each face as woff2 with a woff fallback. Every browser that runs the game
 * (module scripts) reads woff2, so the fallback would only add files to the site and the
 * precache, and double the fonts' share of the single file once inlined.
 */
import type { Plugin } from 'vite';

const FONTSOURCE_CSS = /@fontsource[\\/][^\\/]+[\\/][^?]*\.css$/;
const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;

export function woff2Only(): Plugin {
  return {
    name: 'mpf:woff2-only',
    // Before Vite's CSS plugin turns the url()s into files of the build.
    enforce: 'pre',
    transform: {
      filter: { id: FONTSOURCE_CSS },
      handler(code, id) {
        if (!FONTSOURCE_CSS.test(id)) return null;
        return { code: code.replace(WOFF_FALLBACK, ''), map: null };
      },
    },
  };
}
