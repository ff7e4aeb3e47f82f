import { describe, expect, it } from 'vitest';
import { fitPlan } from '../../src/render/layout';

describe('fitting the plan into the floor area', () => {
  it('makes the canvas only as big as the plan and a tile around it, centred where the plan was', () => {
    // a 28×16-tile plan in a 740×690 CSS px area (the projector layout), one pixel per CSS pixel
    const g = fitPlan(740, 690, 1, 28, 16);
    expect(g.tile).toBe(26);
    expect([g.width, g.height]).toEqual([740, 480]);
    expect([g.left, g.top]).toEqual([0, 105]);
    // the plan's top-left in the container is where it was when the canvas filled it: centred
    expect([g.left + g.ox, g.top + g.oy]).toEqual([6, 137]);
  });

  it('never makes the canvas bigger than the container', () => {
    const g = fitPlan(300, 200, 1, 28, 16);
    expect(g.width).toBeLessThanOrEqual(300);
    expect(g.height).toBeLessThanOrEqual(200);
  });

  it('keeps the plan centred in the container at a lower pixel ratio, with fewer canvas pixels', () => {
    const full = fitPlan(740, 690, 1, 28, 16);
    const low = fitPlan(740, 690, 1, 28, 16, 0.75);
    expect(low.width * low.height).toBeLessThan(0.6 * full.width * full.height);
    const centre = (g: typeof full): number[] => [g.left + (g.ox + (g.tile * g.cols) / 2) / g.dpr, g.top + (g.oy + (g.tile * g.rows) / 2) / g.dpr];
    const [lowX, lowY] = centre(low) as [number, number];
    expect(Math.abs(lowX - 370)).toBeLessThanOrEqual(1);
    expect(Math.abs(lowY - 345)).toBeLessThanOrEqual(1);
    expect(centre(full)).toEqual([370, 345]);
  });
});
