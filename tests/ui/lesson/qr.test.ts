/** The QR code of a plan code: the right size, the three finder squares, and the modules drawn exactly. */
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrDrawing } from '../../../src/ui/lesson/qr';

/** The dark modules of a drawing, read back from its path. */
function darkModules(path: string): Set<string> {
  const dark = new Set<string>();
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < run; i++) dark.add(`${x + i},${y}`);
  }
  return dark;
}

describe('the QR drawing of a plan code', () => {
  const code = '7775-N1YF-YREQ-GSFC';
  const drawing = qrDrawing(code);

  it('is a version-1 code (21 modules) with a quiet zone of 4 on every side', () => {
    expect(drawing.size).toBe(21 + 2 * 4);
  });

  it('draws exactly the dark modules of the matrix, nothing in the quiet zone', () => {
    const matrix = encode(code, { ecc: 'M', border: 4 }).data;
    const expected = new Set<string>();
    matrix.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
    expect(darkModules(drawing.path)).toEqual(expected);
    for (const key of expected) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      expect(x >= 4 && y >= 4 && x < 25 && y < 25).toBe(true);
    }
  });

  it('has the three finder squares in their corners', () => {
    const dark = darkModules(drawing.path);
    for (const [cx, cy] of [[4, 4], [4 + 14, 4], [4, 4 + 14]] as const) {
      // the 7×7 outline and the 3×3 centre are dark; the ring between them is light
      expect(dark.has(`${cx},${cy}`) && dark.has(`${cx + 6},${cy + 6}`) && dark.has(`${cx + 3},${cy + 3}`)).toBe(true);
      expect(dark.has(`${cx + 1},${cy + 1}`)).toBe(false);
    }
  });

  it('grows for a longer text', () => {
    expect(qrDrawing('7775-N1YF-YREQ-GSFC-7775-N1YF-YREQ-GSFC-7775-N1YF').size).toBeGreaterThan(drawing.size);
  });
});
