/**
 * One station on the floor: its counter and service point (under the units), and its plate
 * above them: icon, name, one pip per server (filled = busy, hollow = idle; "12/96" for big
 * self-service stations), a magnifier while its staff search, a queue badge (hourglass and
 * number), the signs of cards applied to it, and in kaizen a drag grip.
 */
import * as Phaser from 'phaser';
import { GLYPH_FRAME, signFrame, stationFrame, type AtlasSizes } from './atlas';
import type { Geometry, TileRect } from './layout';
import { touches } from './layout';
import { hexToNumber, INK, MUTED, PAPER, QUEUE_BADGE, signBadges, STATION, STATION_BUSY, STATION_LIGHT } from './palette';
import type { Sign, StationInfo } from './plan-info';

export interface PlateMetrics {
  w: number;
  h: number;
  lines: string[];
  nameW: number;
  pipsW: number;
  /** pips (≤ 5 servers) or a "busy/servers" count */
  pipMode: 'pips' | 'count';
  canSearch: boolean;
  grip: boolean;
}

export interface PlateStyle {
  geom: Geometry;
  sizes: AtlasSizes;
  fontFamily: string;
  measure: (text: string, font: string) => number;
}

function pad(s: PlateStyle) {
  const f = s.geom.font;
  return { padX: Math.round(f * 0.35), padY: Math.round(f * 0.2), gap: Math.round(f * 0.3), lineH: Math.round(f * 1.2), pipD: Math.round(f * 0.62), pipGap: Math.round(f * 0.2) };
}

export function nameFont(s: PlateStyle): string {
  return `600 ${s.geom.font}px ${s.fontFamily}`;
}
function countFont(s: PlateStyle): string {
  return `700 ${Math.round(s.geom.font * 0.9)}px ${s.fontFamily}`;
}

/** Splits a name into at most two lines no wider than maxW. */
export function wrapName(name: string, maxW: number, measure: (t: string) => number): string[] {
  if (measure(name) <= maxW) return [name];
  const words = name.split(' ');
  let best: string[] = [name];
  let bestW = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const w = Math.max(measure(a), measure(b));
    if (w < bestW) {
      bestW = w;
      best = [a, b];
    }
  }
  return best;
}

export function plateMetrics(st: StationInfo, name: string, canSearch: boolean, grip: boolean, s: PlateStyle): PlateMetrics {
  const p = pad(s);
  const font = nameFont(s);
  const maxNameW = Math.max(s.geom.font * 7, s.geom.tile * 4);
  const lines = wrapName(name, maxNameW, (t) => s.measure(t, font));
  const nameW = Math.ceil(Math.max(...lines.map((l) => s.measure(l, font))));
  const pipMode = st.servers <= 5 ? 'pips' : 'count';
  const pipsW =
    pipMode === 'pips' ? st.servers * p.pipD + (st.servers - 1) * p.pipGap : Math.ceil(s.measure(`${st.servers}/${st.servers}`, countFont(s)) + p.pipD + p.pipGap);
  const g = s.sizes.glyph;
  const w = p.padX * 2 + (grip ? g + p.gap * 0.5 : 0) + s.sizes.icon + p.gap + nameW + p.gap + pipsW + (canSearch ? p.gap + g : 0);
  const h = Math.max(s.sizes.icon, lines.length * p.lineH) + p.padY * 2;
  return { w: Math.ceil(w), h: Math.ceil(h), lines, nameW, pipsW, pipMode, canSearch, grip };
}

export interface StationState {
  busy: number;
  queue: number;
  searching: boolean;
}

export class StationObject {
  readonly base: Phaser.GameObjects.Graphics;
  readonly plate: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly badgeBg: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly count: Phaser.GameObjects.Text | undefined;
  private readonly searchIcon: Phaser.GameObjects.Image | undefined;
  private readonly badgeGlass: Phaser.GameObjects.Image;
  private readonly badgeText: Phaser.GameObjects.Text;
  /** invisible drag handles on the service point and the counter (kaizen) */
  readonly handles: Phaser.GameObjects.Zone[] = [];
  private state: StationState = { busy: -1, queue: -1, searching: false };
  /** home positions, to snap back to after a refused move */
  readonly home: { baseX: number; baseY: number; plateX: number; plateY: number };

  constructor(
    scene: Phaser.Scene,
    readonly info: StationInfo,
    readonly metrics: PlateMetrics,
    /** the plate's rectangle in tile units */
    readonly rect: TileRect,
    private readonly style: PlateStyle,
    atlasKey: string,
    signs: readonly Sign[],
    readonly draggable: boolean,
  ) {
    const g = style.geom;
    const T = g.tile;
    const p = pad(style);
    const m = metrics;
    const dpr = g.dpr;

    // --- under the units: counter, service point, leader line
    const base = scene.add.graphics().setDepth(1);
    base.setPosition(g.ox + info.x * T, g.oy + info.y * T);
    const accent = hexToNumber(STATION);
    if (info.counter) {
      const cx = (info.counter.x - info.x) * T;
      const cy = (info.counter.y - info.y) * T;
      const inset = Math.round(T * 0.1);
      base.fillStyle(hexToNumber(STATION_LIGHT), 1);
      base.fillRect(cx + inset, cy + inset, T - 2 * inset, T - 2 * inset);
      base.lineStyle(Math.max(2, 2 * dpr), accent, 1);
      base.strokeRect(cx + inset, cy + inset, T - 2 * inset, T - 2 * inset);
      // the edge the customer is served across
      const ex = info.x - info.counter.x;
      const ey = info.y - info.counter.y;
      base.lineStyle(Math.max(3, T * 0.14), accent, 1);
      if (ey !== 0) base.lineBetween(cx + inset, cy + (ey > 0 ? T - inset : inset), cx + T - inset, cy + (ey > 0 ? T - inset : inset));
      else base.lineBetween(cx + (ex > 0 ? T - inset : inset), cy + inset, cx + (ex > 0 ? T - inset : inset), cy + T - inset);
    }
    // the service point: where the customer stands
    const sp = Math.round(T * 0.12);
    base.lineStyle(Math.max(1.5, 1.5 * dpr), accent, draggable ? 1 : 0.75);
    base.fillStyle(accent, draggable ? 0.18 : 0.1);
    base.fillRoundedRect(sp, sp, T - 2 * sp, T - 2 * sp, T * 0.15);
    base.strokeRoundedRect(sp, sp, T - 2 * sp, T - 2 * sp, T * 0.15);
    // a leader line when the plate stands away from the station
    const anchor = info.counter ?? { x: info.x, y: info.y };
    if (!touches(rect, anchor) && !touches(rect, { x: info.x, y: info.y })) {
      const ax = (anchor.x - info.x + 0.5) * T;
      const ay = (anchor.y - info.y + 0.5) * T;
      const px = Math.max(rect.x, Math.min(rect.x + rect.w, anchor.x + 0.5));
      const py = Math.max(rect.y, Math.min(rect.y + rect.h, anchor.y + 0.5));
      base.lineStyle(Math.max(1.5, 1.5 * dpr), hexToNumber(MUTED), 0.9);
      base.lineBetween(ax, ay, (px - info.x) * T, (py - info.y) * T);
      base.fillStyle(hexToNumber(MUTED), 1);
      base.fillCircle(ax, ay, Math.max(2, 2.5 * dpr));
    }
    this.base = base;

    // --- the plate, above the units
    const pcx = g.ox + (rect.x + rect.w / 2) * T;
    const pcy = g.oy + (rect.y + rect.h / 2) * T;
    const plate = scene.add.container(Math.round(pcx), Math.round(pcy)).setDepth(4);
    plate.setSize(m.w, m.h);
    this.bg = scene.add.graphics();
    plate.add(this.bg);
    let x = -m.w / 2 + p.padX;
    if (m.grip) {
      plate.add(scene.add.image(x + style.sizes.glyph / 2, 0, atlasKey, GLYPH_FRAME.grip));
      x += style.sizes.glyph + p.gap * 0.5;
    }
    const icon = style.sizes.icon;
    plate.add(scene.add.image(x + icon / 2, 0, atlasKey, stationFrame(info.icon, firstLetter(m.lines[0] ?? '?'))));
    x += icon + p.gap;
    this.name = scene.add
      .text(x, 0, m.lines.join('\n'), {
        fontFamily: style.fontFamily,
        fontSize: `${g.font}px`,
        fontStyle: '600',
        color: INK,
        lineSpacing: Math.round(p.lineH - g.font * 1.15),
      })
      .setOrigin(0, 0.5);
    plate.add(this.name);
    x += m.nameW + p.gap;
    this.pipsX = x;
    if (m.pipMode === 'count') {
      this.count = scene.add
        .text(x + p.pipD + p.pipGap, 0, '', { fontFamily: style.fontFamily, fontSize: `${Math.round(g.font * 0.9)}px`, fontStyle: '700', color: INK })
        .setOrigin(0, 0.5);
      plate.add(this.count);
    }
    x += m.pipsW;
    if (m.canSearch) {
      this.searchIcon = scene.add.image(x + p.gap + style.sizes.glyph / 2, 0, atlasKey, GLYPH_FRAME.searching).setVisible(false);
      plate.add(this.searchIcon);
    }

    // signs of the cards applied here, in a row over the plate's left end
    const S = style.sizes.sign;
    signBadges(signs.map((sign) => sign.tool)).forEach((b, i) => {
      plate.add(scene.add.image(-m.w / 2 + S / 2 + i * (S + 2 * dpr), -m.h / 2 - S / 2 + 3 * dpr, atlasKey, signFrame(b.group, b.mask)));
    });

    // queue badge, over the plate's right end
    this.badgeBg = scene.add.graphics();
    this.badgeGlass = scene.add.image(0, 0, atlasKey, GLYPH_FRAME.hourglass);
    this.badgeText = scene.add
      .text(0, 0, '', { fontFamily: style.fontFamily, fontSize: `${Math.round(g.font * 0.95)}px`, fontStyle: '700', color: PAPER })
      .setOrigin(0, 0.5);
    plate.add([this.badgeBg, this.badgeGlass, this.badgeText]);
    this.plate = plate;

    if (draggable) {
      plate.setInteractive({ draggable: true, cursor: 'grab' });
      plate.setData('station', info.index);
      const zone = (tx: number, ty: number) => {
        const z = scene.add.zone(g.ox + (tx + 0.5) * T, g.oy + (ty + 0.5) * T, T, T).setDepth(6);
        z.setInteractive({ draggable: true, cursor: 'grab' });
        z.setData('station', info.index);
        this.handles.push(z);
      };
      zone(info.x, info.y);
      if (info.counter) zone(info.counter.x, info.counter.y);
    }
    this.home = { baseX: base.x, baseY: base.y, plateX: plate.x, plateY: plate.y };
    this.setState(0, 0, false);
  }

  private readonly pipsX: number;

  /** Shows the busy servers, the queue and searching; redraws only what changed. */
  setState(busy: number, queue: number, searching: boolean): void {
    const s = this.state;
    if (s.busy === busy && s.queue === queue && s.searching === searching) return;
    const plateChanged = s.busy !== busy;
    const queueChanged = s.queue !== queue;
    s.busy = busy;
    s.queue = queue;
    s.searching = searching;
    if (this.searchIcon) this.searchIcon.setVisible(searching);
    if (plateChanged) this.drawPlate();
    if (queueChanged) this.drawBadge();
  }

  private drawPlate(): void {
    const m = this.metrics;
    const g = this.style.geom;
    const p = pad(this.style);
    const dpr = g.dpr;
    const bg = this.bg;
    bg.clear();
    bg.fillStyle(hexToNumber(PAPER), 1);
    bg.lineStyle(Math.max(1.5, 1.6 * dpr), hexToNumber(STATION), 1);
    const r = Math.min(m.h / 2, 7 * dpr);
    bg.fillRoundedRect(-m.w / 2, -m.h / 2, m.w, m.h, r);
    bg.strokeRoundedRect(-m.w / 2, -m.h / 2, m.w, m.h, r);
    // pips: filled = busy server, hollow ring = idle
    const busy = Math.max(0, this.state.busy);
    const ink = hexToNumber(STATION_BUSY);
    const lw = Math.max(1.5, p.pipD * 0.16);
    const pip = (cx: number, filled: boolean) => {
      if (filled) {
        bg.fillStyle(ink, 1);
        bg.fillCircle(cx, 0, p.pipD / 2);
      } else {
        bg.fillStyle(hexToNumber(PAPER), 1);
        bg.fillCircle(cx, 0, p.pipD / 2 - lw / 2);
        bg.lineStyle(lw, ink, 1);
        bg.strokeCircle(cx, 0, p.pipD / 2 - lw / 2);
      }
    };
    if (m.pipMode === 'pips') {
      for (let i = 0; i < this.info.servers; i++) pip(this.pipsX + p.pipD / 2 + i * (p.pipD + p.pipGap), i < busy);
    } else {
      pip(this.pipsX + p.pipD / 2, busy > 0);
      this.count?.setText(`${busy}/${this.info.servers}`);
    }
  }

  private drawBadge(): void {
    const q = Math.max(0, this.state.queue);
    const visible = q > 0;
    this.badgeBg.setVisible(visible);
    this.badgeGlass.setVisible(visible);
    this.badgeText.setVisible(visible);
    if (!visible) return;
    const m = this.metrics;
    const g = this.style.geom;
    this.badgeText.setText(String(q));
    const glass = this.style.sizes.glyph * 0.8;
    const padX = Math.round(g.font * 0.3);
    const h = Math.round(g.font * 1.3);
    const w = padX * 2 + glass + Math.round(g.font * 0.15) + this.badgeText.width;
    const right = m.w / 2 + Math.round(g.font * 0.35);
    const left = right - w;
    const cy = -m.h / 2 - h * 0.2;
    this.badgeBg.clear();
    this.badgeBg.fillStyle(hexToNumber(QUEUE_BADGE), 1);
    this.badgeBg.lineStyle(Math.max(1.5, 1.5 * g.dpr), hexToNumber(PAPER), 1);
    this.badgeBg.fillRoundedRect(left, cy - h / 2, w, h, h / 2);
    this.badgeBg.strokeRoundedRect(left, cy - h / 2, w, h, h / 2);
    this.badgeGlass.setPosition(left + padX + glass / 2, cy);
    this.badgeGlass.setScale(0.8);
    this.badgeText.setPosition(left + padX + glass + Math.round(g.font * 0.15), cy);
  }

  /** Moves everything by (dx, dy) device pixels from home (while dragging). */
  offset(dx: number, dy: number): void {
    this.base.setPosition(this.home.baseX + dx, this.home.baseY + dy);
    this.plate.setPosition(this.home.plateX + dx, this.home.plateY + dy);
  }

  setLifted(lifted: boolean): void {
    this.plate.setAlpha(lifted ? 0.85 : 1);
    this.base.setAlpha(lifted ? 0.7 : 1);
  }

  destroy(): void {
    this.base.destroy();
    this.plate.destroy();
    for (const h of this.handles) h.destroy();
  }
}

export function firstLetter(name: string): string {
  return (name.trim()[0] ?? '?').toUpperCase();
}
