/**
 * Which Phaser renderer to use. WebGL through a software rasteriser (SwiftShader, llvmpipe:
 * headless Chromium, school PCs without a usable GPU driver) is several times slower than
 * Phaser's Canvas renderer, so WebGL is used only on a real GPU. `?renderer=canvas|webgl`
 * in the page URL forces one (WebGL falls back to Canvas if the browser has none).
 */
export type RendererKind = 'canvas' | 'webgl';

export interface RendererChoice {
  kind: RendererKind;
  /** why: 'forced', 'software', 'no-webgl', 'gpu' */
  reason: string;
  /** the GL renderer string, when it could be read */
  gpu: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

/** Reads the URL's `renderer` parameter, if it names one. */
function forcedKind(search: string): RendererKind | undefined {
  const v = new URLSearchParams(search).get('renderer');
  return v === 'canvas' || v === 'webgl' ? v : undefined;
}

interface Probe {
  available: boolean;
  gpu: string;
  /** the browser itself says WebGL would be slow (failIfMajorPerformanceCaveat) */
  caveat: boolean;
}

function probeWebGL(): Probe {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const attrs: WebGLContextAttributes = { failIfMajorPerformanceCaveat: true };
  let caveat = false;
  let gl = (canvas.getContext('webgl', attrs) ?? null) as WebGLRenderingContext | null;
  if (!gl) {
    // Not available at all, or only with a major performance caveat (software).
    const again = document.createElement('canvas');
    gl = (again.getContext('webgl') ?? null) as WebGLRenderingContext | null;
    caveat = gl !== null;
  }
  if (!gl) return { available: false, gpu: '', caveat: false };
  let gpu = '';
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    gpu = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  } catch {
    gpu = '';
  }
  // Give the context back at once: browsers allow only a few at a time.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, gpu, caveat };
}

export function chooseRenderer(search = typeof location === 'undefined' ? '' : location.search): RendererChoice {
  const forced = forcedKind(search);
  if (forced === 'canvas') return { kind: 'canvas', reason: 'forced', gpu: '' };
  const probe = probeWebGL();
  if (forced === 'webgl') {
    return probe.available ? { kind: 'webgl', reason: 'forced', gpu: probe.gpu } : { kind: 'canvas', reason: 'no-webgl', gpu: '' };
  }
  if (!probe.available) return { kind: 'canvas', reason: 'no-webgl', gpu: '' };
  if (probe.caveat || SOFTWARE.test(probe.gpu)) return { kind: 'canvas', reason: 'software', gpu: probe.gpu };
  return { kind: 'webgl', reason: 'gpu', gpu: probe.gpu };
}
