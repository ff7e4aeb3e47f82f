/**
 * What the floor draws at each detail level. The costs of a frame on a weak PC, measured with
 * `npm run bench`, are: handing the canvas's pixels to the compositor (grows with the canvas
 * size), redrawing the station plates and queue badges (text rasterised again whenever a
 * number changes) and drawing the frame at all. Each level cuts one of them further. Labels,
 * walls and furniture are painted once into the still plan's texture and cost nothing per
 * frame, so they stay; every unit stays drawn (a lesson counts the people in a queue).
 */
import type { Detail } from './detail-monitor';

export interface DetailProfile {
  /** most canvas pixels per CSS pixel (the browser scales the canvas up); Infinity: the screen's own */
  maxPixelRatio: number;
  /** the floor is drawn at most this many times a second (0: on every browser frame) */
  drawFps: number;
  /** station plates (busy servers) and queue badges are brought up to date at most this often, ms */
  stationRefreshMs: number;
}

export const DETAIL_PROFILES: Readonly<Record<Detail, DetailProfile>> = {
  full: { maxPixelRatio: Infinity, drawFps: 0, stationRefreshMs: 0 },
  lean: { maxPixelRatio: 1, drawFps: 0, stationRefreshMs: 250 },
  low: { maxPixelRatio: 0.75, drawFps: 30, stationRefreshMs: 250 },
  minimal: { maxPixelRatio: 0.6, drawFps: 20, stationRefreshMs: 500 },
};
