/**
 * Textures drawn in code at the size they are shown (so they stay crisp at any scale): the
 * units in each state, the stations' icons, the card signs and small glyphs, packed on one
 * canvas that becomes a Phaser texture with named frames. Redrawn only when the tile size
 * (or the set of station icons) changes.
 */
import type * as Phaser from 'phaser';
import { drawGlyph, drawStationIcon, type Glyph, type StationIcon } from './icons';
import { INK, PAPER, SELECT_RING, STATION, TOOL_COLOURS, UNIT, type ToolGroup, type UnitLook } from './palette';
import type { Geometry } from './layout';

export const UNIT_LOOKS: readonly UnitLook[] = ['walk', 'queue', 'value', 'waste', 'search', 'defect'];
const LOOK_GLYPH: Record<UnitLook, Glyph | undefined> = {
  walk: undefined,
  queue: 'hourglass',
  value: 'check',
  waste: 'exclaim',
  search: 'magnifier',
  defect: 'rework',
};

export interface AtlasSizes {
  /** unit disc diameter, device px */
  unit: number;
  /** station icon square on plates */
  icon: number;
  /** card sign square */
  sign: number;
  /** small glyph on plates and badges */
  glyph: number;
}

export function atlasSizes(g: Geometry): AtlasSizes {
  return {
    unit: Math.max(8, Math.round(g.tile * 0.72)),
    icon: Math.max(12, Math.round(g.font * 1.3)),
    sign: Math.max(16, Math.round(g.font * 1.55)),
    glyph: Math.max(10, Math.round(g.font * 1.0)),
  };
}

/** Frame names, built once so the draw loop never builds strings. */
export const UNIT_FRAME: Record<'person' | 'document', Record<UnitLook, string>> = {
  person: frames('p'),
  document: frames('d'),
};
function frames(shape: string): Record<UnitLook, string> {
  return Object.fromEntries(UNIT_LOOKS.map((l) => [l, `u:${shape}:${l}`])) as Record<UnitLook, string>;
}
export const RING_FRAME = 'ring';
export const GLYPH_FRAME = { searching: 'g:mag', hourglass: 'g:hourglass', grip: 'g:grip' } as const;
export function stationFrame(icon: StationIcon, letter: string): string {
  return icon === 'generic' ? `st:generic:${letter}` : `st:${icon}`;
}
/** `mask`: for the 5S sign, which steps are in force (bit 0 = Sort … bit 4 = Sustain); 0 otherwise */
export function signFrame(group: ToolGroup, mask: number): string {
  return `sign:${group}:${mask}`;
}

interface Item {
  name: string;
  w: number;
  h: number;
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
}

export interface StationIconRequest {
  icon: StationIcon;
  letter: string;
}

/**
 * Draws every frame on one canvas and registers it as a texture under `key`.
 * Returns the texture; the caller destroys the previous one after switching to it.
 */
export function buildAtlas(
  scene: Phaser.Scene,
  key: string,
  sizes: AtlasSizes,
  dpr: number,
  stationIcons: readonly StationIconRequest[],
  font: string,
): Phaser.Textures.CanvasTexture {
  const items: Item[] = [];
  const d = sizes.unit;
  const pad = Math.ceil(2 * dpr);
  const ring = Math.max(1.2, 1.2 * dpr);

  for (const shape of ['person', 'document'] as const) {
    {
      for (const look of UNIT_LOOKS) {
        const name = UNIT_FRAME[shape][look];
        items.push({
          name,
          w: d + 2 * pad,
          h: d + 2 * pad,
          draw: (ctx, x, y) => {
            const cx = x + pad + d / 2;
            const cy = y + pad + d / 2;
            ctx.fillStyle = UNIT[look];
            ctx.strokeStyle = PAPER;
            ctx.lineWidth = ring;
            ctx.beginPath();
            if (shape === 'person') ctx.arc(cx, cy, d / 2 - ring / 2, 0, Math.PI * 2);
            else {
              // a sheet of paper with a folded corner
              const s = d - ring;
              const x0 = cx - s * 0.42;
              const y0 = cy - s / 2;
              ctx.moveTo(x0, y0);
              ctx.lineTo(x0 + s * 0.62, y0);
              ctx.lineTo(x0 + s * 0.84, y0 + s * 0.22);
              ctx.lineTo(x0 + s * 0.84, y0 + s);
              ctx.lineTo(x0, y0 + s);
              ctx.closePath();
            }
            ctx.fill();
            ctx.stroke();
            const glyph = LOOK_GLYPH[look];
            if (glyph) drawGlyph(ctx, glyph, cx, cy, d * 0.6, PAPER);
          },
        });
      }
    }
  }
  items.push({
    name: RING_FRAME,
    w: d + 8 * pad,
    h: d + 8 * pad,
    draw: (ctx, x, y) => {
      const c = d / 2 + 4 * pad;
      ctx.lineWidth = 2.5 * dpr;
      ctx.strokeStyle = PAPER;
      ctx.beginPath();
      ctx.arc(x + c, y + c, d / 2 + 2.2 * pad, 0, Math.PI * 2);
      ctx.stroke();
      ctx.strokeStyle = SELECT_RING;
      ctx.lineWidth = 2 * dpr;
      ctx.setLineDash([3 * dpr, 2 * dpr]);
      ctx.stroke();
      ctx.setLineDash([]);
    },
  });

  const seenIcons = new Set<string>();
  for (const req of stationIcons) {
    const name = stationFrame(req.icon, req.letter);
    if (seenIcons.has(name)) continue;
    seenIcons.add(name);
    const s = sizes.icon;
    items.push({
      name,
      w: s,
      h: s,
      draw: (ctx, x, y) => {
        ctx.fillStyle = STATION;
        ctx.beginPath();
        ctx.roundRect(x, y, s, s, s * 0.2);
        ctx.fill();
        drawStationIcon(ctx, req.icon, x + s / 2, y + s / 2, s * 0.72, PAPER, req.letter);
      },
    });
  }

  const g = sizes.glyph;
  items.push({ name: GLYPH_FRAME.searching, w: g, h: g, draw: (ctx, x, y) => drawBadgeGlyph(ctx, 'magnifier', x, y, g, UNIT.search) });
  items.push({ name: GLYPH_FRAME.hourglass, w: g, h: g, draw: (ctx, x, y) => drawGlyph(ctx, 'hourglass', x + g / 2, y + g / 2, g * 0.8, PAPER) });
  items.push({ name: GLYPH_FRAME.grip, w: g, h: g, draw: (ctx, x, y) => drawGlyph(ctx, 'grip', x + g / 2, y + g / 2, g * 0.9, INK) });

  const s = sizes.sign;
  for (const group of Object.keys(TOOL_COLOURS) as ToolGroup[]) {
    const masks = group === '5s' ? Array.from({ length: 32 }, (_, i) => i) : [0];
    for (const mask of masks) {
      items.push({
        name: signFrame(group, mask),
        w: s,
        h: s,
        draw: (ctx, x, y) => drawSign(ctx, group, mask, x, y, s, dpr, font),
      });
    }
  }

  // Shelf packing in rows no wider than 1024 px (or the widest item).
  const maxW = Math.max(1024, ...items.map((i) => i.w + 2));
  let x = 0;
  let y = 0;
  let rowH = 0;
  const placed: { item: Item; x: number; y: number }[] = [];
  for (const item of items) {
    if (x + item.w + 2 > maxW) {
      x = 0;
      y += rowH + 2;
      rowH = 0;
    }
    placed.push({ item, x: x + 1, y: y + 1 });
    x += item.w + 2;
    rowH = Math.max(rowH, item.h);
  }
  const width = maxW;
  const height = y + rowH + 2;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  for (const p of placed) p.item.draw(ctx, p.x, p.y);
  const texture = scene.textures.addCanvas(key, canvas);
  if (!texture) throw new Error(`texture ${key} exists already`);
  for (const p of placed) texture.add(p.item.name, 0, p.x, p.y, p.item.w, p.item.h);
  texture.refresh();
  return texture;
}

/**
 * Paints one unit look (as drawn on the floor) onto a canvas of `cssSize` CSS pixels, for a
 * legend in the DOM. The canvas is sized for the screen's pixel ratio.
 */
export function paintUnitLook(canvas: HTMLCanvasElement, look: UnitLook, cssSize: number, shape: 'person' | 'document' = 'person'): void {
  const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const px = Math.round(cssSize * dpr);
  canvas.width = px;
  canvas.height = px;
  canvas.style.width = `${cssSize}px`;
  canvas.style.height = `${cssSize}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ring = Math.max(1.2, 1.2 * dpr);
  const cx = px / 2;
  const d = px - 2;
  ctx.clearRect(0, 0, px, px);
  ctx.fillStyle = UNIT[look];
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = ring;
  ctx.beginPath();
  if (shape === 'person') ctx.arc(cx, cx, d / 2 - ring / 2, 0, Math.PI * 2);
  else ctx.rect(cx - d * 0.4, 1 + ring, d * 0.8, d - ring * 2);
  ctx.fill();
  ctx.stroke();
  const glyph = LOOK_GLYPH[look];
  if (glyph) drawGlyph(ctx, glyph, cx, cx, d * 0.6, PAPER);
}

function drawBadgeGlyph(ctx: CanvasRenderingContext2D, glyph: Glyph, x: number, y: number, s: number, colour: string): void {
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(x + s / 2, y + s / 2, s / 2, 0, Math.PI * 2);
  ctx.fill();
  drawGlyph(ctx, glyph, x + s / 2, y + s / 2, s * 0.64, PAPER);
}

/** A card's sign: a coloured square with the tool's icon ("5S" and five pips, one per step, filled when in force). */
function drawSign(ctx: CanvasRenderingContext2D, group: ToolGroup, mask: number, x: number, y: number, s: number, dpr: number, font: string): void {
  ctx.fillStyle = TOOL_COLOURS[group];
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = Math.max(1, dpr);
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, s - 1, s - 1, s * 0.18);
  ctx.fill();
  ctx.stroke();
  const c = s / 2;
  if (group === '5s') {
    ctx.fillStyle = PAPER;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `700 ${Math.round(s * 0.44)}px ${font}`;
    ctx.fillText('5S', x + c, y + s * 0.4);
    // the five steps as pips, filled when in force here
    const pip = s * 0.075;
    for (let i = 0; i < 5; i++) {
      const px = x + s * 0.2 + i * s * 0.15;
      const py = y + s * 0.78;
      ctx.beginPath();
      ctx.arc(px, py, pip, 0, Math.PI * 2);
      if (mask & (1 << i)) ctx.fill();
      else {
        ctx.lineWidth = Math.max(0.8, s * 0.035);
        ctx.strokeStyle = PAPER;
        ctx.stroke();
      }
    }
    return;
  }
  const glyph: Glyph = group === 'visual' ? 'eye' : group === 'routing' ? 'route' : 'level';
  drawGlyph(ctx, glyph, x + c, y + c, s * 0.72, PAPER);
}
