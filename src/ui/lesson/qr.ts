/**
 * A code as a QR code, drawn as one SVG path (crisp at any size on a projector, printable).
 * The matrix comes from uqr (unjs: small, no dependencies, well kept); a plan code is digits,
 * capitals and dashes, which QR stores in its compact alphanumeric mode.
 */
import { encode } from 'uqr';
import { svg } from '../dom';

/** Modules of quiet zone around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

export interface QrDrawing {
  /** modules per side, quiet zone included */
  size: number;
  /** the dark modules as an SVG path, one rectangle per horizontal run */
  path: string;
}

/** The QR code of `text` (medium error correction: survives a smudge or a glare). Pure. */
export function qrDrawing(text: string): QrDrawing {
  const qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return { size: qr.size, path: parts.join('') };
}

/** The QR code of `text` as an SVG element; `label` is what a screen reader says (e.g. "QR code of the plan code"). */
export function qrSvg(text: string, label = text): SVGSVGElement {
  const { size, path } = qrDrawing(text);
  return svg(
    'svg',
    {
      class: 'qr-code',
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
      'data-qr-text': text,
    },
    svg('rect', { width: size, height: size, fill: '#fff' }),
    svg('path', { d: path, fill: '#000' }),
  );
}
