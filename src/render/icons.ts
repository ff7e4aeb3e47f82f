/**
 * The floor's icons, drawn with the 2D canvas API on a 24×24 design grid and scaled to any
 * size, so they stay sharp from a 1024×768 projector to a 4K screen. Drawn for this project.
 */
export type StationIcon =
  | 'sink'
  | 'tray'
  | 'food'
  | 'cash'
  | 'cutlery'
  | 'table'
  | 'dishes'
  | 'desk'
  | 'doc'
  | 'sign'
  | 'medical'
  | 'archive'
  | 'printer'
  | 'generic';

export type Glyph = 'hourglass' | 'check' | 'exclaim' | 'magnifier' | 'rework' | 'grip' | 'inout' | 'in' | 'out' | 'eye' | 'route' | 'level';

type Ctx = CanvasRenderingContext2D;

/** Picks a station's icon from its id and English name. Unknown kinds get 'generic'. */
export function stationIcon(id: string, englishName: string): StationIcon {
  const s = `${id} ${englishName}`.toLowerCase();
  const rules: [RegExp, StationIcon][] = [
    [/sink|wash|hand/, 'sink'],
    [/tray/, 'tray'],
    [/cutlery|fork|spoon|bread/, 'cutlery'],
    [/return|dish|plate/, 'dishes'],
    [/cash|pay|till|money|accountant|account/, 'cash'],
    [/line|serv|kitchen|food|meal|buffet/, 'food'],
    [/table|seat|eat|dining/, 'table'],
    [/nurse|medic|doctor|health/, 'medical'],
    [/archive|store|shelf|file/, 'archive'],
    [/print|copy/, 'printer'],
    [/head|director|sign|approv/, 'sign'],
    [/secretar|office|desk|clerk|register|reception/, 'desk'],
    [/doc|order|draft|paper|author/, 'doc'],
  ];
  for (const [re, icon] of rules) if (re.test(s)) return icon;
  return 'generic';
}

function begin(ctx: Ctx, cx: number, cy: number, size: number, colour: string): void {
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(size / 24, size / 24);
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
}

function rr(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Draws a station icon centred at (cx, cy), `size` pixels square. */
export function drawStationIcon(ctx: Ctx, icon: StationIcon, cx: number, cy: number, size: number, colour: string, letter = '?'): void {
  begin(ctx, cx, cy, size, colour);
  ctx.lineWidth = 2.4;
  switch (icon) {
    case 'sink': {
      // a drop of water over a basin
      ctx.beginPath();
      ctx.moveTo(12, 1.5);
      ctx.bezierCurveTo(12, 1.5, 6.5, 8, 6.5, 11.5);
      ctx.arc(12, 11.5, 5.5, Math.PI, 0, true);
      ctx.bezierCurveTo(17.5, 8, 12, 1.5, 12, 1.5);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(3, 18);
      ctx.lineTo(21, 18);
      ctx.quadraticCurveTo(20, 22.5, 15, 22.5);
      ctx.lineTo(9, 22.5);
      ctx.quadraticCurveTo(4, 22.5, 3, 18);
      ctx.fill();
      break;
    }
    case 'tray': {
      rr(ctx, 2.5, 5.5, 19, 13, 3);
      ctx.stroke();
      rr(ctx, 6.5, 9.5, 11, 5, 1.2);
      ctx.fill();
      break;
    }
    case 'food': {
      // a bowl with steam
      ctx.beginPath();
      ctx.moveTo(2.5, 12);
      ctx.lineTo(21.5, 12);
      ctx.arc(12, 12, 9.5, 0, Math.PI, false);
      ctx.fill();
      ctx.lineWidth = 2.2;
      for (const x of [8, 12, 16]) {
        ctx.beginPath();
        ctx.moveTo(x, 9.5);
        ctx.quadraticCurveTo(x - 2, 7, x, 5);
        ctx.quadraticCurveTo(x + 2, 3, x, 1);
        ctx.stroke();
      }
      break;
    }
    case 'cash': {
      // a banknote
      rr(ctx, 1.5, 5.5, 21, 13, 2);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(12, 12, 3.3, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.arc(5.5, 12, 1.3, 0, Math.PI * 2);
      ctx.arc(18.5, 12, 1.3, 0, Math.PI * 2);
      ctx.fill();
      break;
    }
    case 'cutlery': {
      ctx.lineWidth = 2.2;
      ctx.beginPath();
      ctx.moveTo(5, 2);
      ctx.lineTo(5, 8);
      ctx.moveTo(11, 2);
      ctx.lineTo(11, 8);
      ctx.moveTo(8, 2);
      ctx.lineTo(8, 22);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(5, 8);
      ctx.quadraticCurveTo(5, 11, 8, 11);
      ctx.quadraticCurveTo(11, 11, 11, 8);
      ctx.stroke();
      // knife
      ctx.beginPath();
      ctx.moveTo(15.5, 2);
      ctx.quadraticCurveTo(21, 5, 20, 13);
      ctx.lineTo(16.5, 13);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(17.6, 13);
      ctx.lineTo(17.6, 22);
      ctx.lineWidth = 2.6;
      ctx.stroke();
      break;
    }
    case 'table': {
      rr(ctx, 6, 6, 12, 12, 1.5);
      ctx.fill();
      for (const [x, y, w, h] of [
        [9, 1, 6, 3.2],
        [9, 19.8, 6, 3.2],
        [1, 9, 3.2, 6],
        [19.8, 9, 3.2, 6],
      ] as const) {
        rr(ctx, x, y, w, h, 1);
        ctx.fill();
      }
      break;
    }
    case 'dishes': {
      ctx.lineWidth = 2.2;
      ctx.beginPath();
      ctx.arc(12, 12, 9.5, 0, Math.PI * 2);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(12, 12, 5, 0, Math.PI * 2);
      ctx.stroke();
      break;
    }
    case 'desk': {
      ctx.beginPath();
      ctx.arc(12, 6.5, 4, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(4.5, 16);
      ctx.quadraticCurveTo(12, 7, 19.5, 16);
      ctx.closePath();
      ctx.fill();
      rr(ctx, 1.5, 16.5, 21, 4, 1);
      ctx.fill();
      break;
    }
    case 'doc': {
      ctx.beginPath();
      ctx.moveTo(5, 1.5);
      ctx.lineTo(14, 1.5);
      ctx.lineTo(19.5, 7);
      ctx.lineTo(19.5, 22.5);
      ctx.lineTo(5, 22.5);
      ctx.closePath();
      ctx.stroke();
      ctx.lineWidth = 2;
      for (const y of [11, 15, 19]) {
        ctx.beginPath();
        ctx.moveTo(8.5, y);
        ctx.lineTo(16, y);
        ctx.stroke();
      }
      break;
    }
    case 'sign': {
      // a pen over a signature line
      ctx.beginPath();
      ctx.moveTo(17, 2);
      ctx.lineTo(22, 7);
      ctx.lineTo(9, 20);
      ctx.lineTo(3, 21);
      ctx.lineTo(4, 15);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'medical': {
      ctx.beginPath();
      ctx.moveTo(9, 2.5);
      ctx.lineTo(15, 2.5);
      ctx.lineTo(15, 9);
      ctx.lineTo(21.5, 9);
      ctx.lineTo(21.5, 15);
      ctx.lineTo(15, 15);
      ctx.lineTo(15, 21.5);
      ctx.lineTo(9, 21.5);
      ctx.lineTo(9, 15);
      ctx.lineTo(2.5, 15);
      ctx.lineTo(2.5, 9);
      ctx.lineTo(9, 9);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'archive': {
      rr(ctx, 2, 3, 20, 5.5, 1);
      ctx.fill();
      rr(ctx, 3.5, 9.5, 17, 12, 1);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(9, 13.5);
      ctx.lineTo(15, 13.5);
      ctx.stroke();
      break;
    }
    case 'printer': {
      rr(ctx, 2, 8, 20, 9, 2);
      ctx.fill();
      rr(ctx, 6.5, 2.5, 11, 5.5, 0.5);
      ctx.stroke();
      rr(ctx, 6.5, 14, 11, 8, 0.5);
      ctx.stroke();
      break;
    }
    case 'generic': {
      ctx.font = 'bold 19px sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(letter, 12, 13);
      break;
    }
  }
  ctx.restore();
}

/** Draws a small glyph (unit states, tools, handles) centred at (cx, cy). */
export function drawGlyph(ctx: Ctx, glyph: Glyph, cx: number, cy: number, size: number, colour: string): void {
  begin(ctx, cx, cy, size, colour);
  switch (glyph) {
    case 'hourglass': {
      ctx.beginPath();
      ctx.moveTo(5, 2.5);
      ctx.lineTo(19, 2.5);
      ctx.lineTo(12.8, 12);
      ctx.lineTo(19, 21.5);
      ctx.lineTo(5, 21.5);
      ctx.lineTo(11.2, 12);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'check': {
      ctx.lineWidth = 4.2;
      ctx.beginPath();
      ctx.moveTo(4, 12.5);
      ctx.lineTo(9.5, 18);
      ctx.lineTo(20, 6);
      ctx.stroke();
      break;
    }
    case 'exclaim': {
      rr(ctx, 9.6, 1.5, 4.8, 13.5, 2.4);
      ctx.fill();
      ctx.beginPath();
      ctx.arc(12, 19.8, 2.8, 0, Math.PI * 2);
      ctx.fill();
      break;
    }
    case 'magnifier': {
      ctx.lineWidth = 3.4;
      ctx.beginPath();
      ctx.arc(10, 10, 6, 0, Math.PI * 2);
      ctx.stroke();
      ctx.lineWidth = 4.4;
      ctx.beginPath();
      ctx.moveTo(15, 15);
      ctx.lineTo(21, 21);
      ctx.stroke();
      break;
    }
    case 'rework': {
      ctx.lineWidth = 3.4;
      ctx.beginPath();
      ctx.arc(12, 12, 7.5, -0.4 * Math.PI, 1.15 * Math.PI);
      ctx.stroke();
      // arrow head at the arc's start, pointing back round
      ctx.beginPath();
      ctx.moveTo(13.5, 0.5);
      ctx.lineTo(20.5, 4);
      ctx.lineTo(13.5, 9.5);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'grip': {
      for (const x of [8.5, 15.5]) {
        for (const y of [5, 12, 19]) {
          ctx.beginPath();
          ctx.arc(x, y, 2.3, 0, Math.PI * 2);
          ctx.fill();
        }
      }
      break;
    }
    case 'inout': {
      ctx.lineWidth = 2.6;
      ctx.beginPath();
      ctx.moveTo(3, 8);
      ctx.lineTo(18, 8);
      ctx.moveTo(21, 16);
      ctx.lineTo(6, 16);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(15, 3.5);
      ctx.lineTo(21.5, 8);
      ctx.lineTo(15, 12.5);
      ctx.closePath();
      ctx.moveTo(9, 11.5);
      ctx.lineTo(2.5, 16);
      ctx.lineTo(9, 20.5);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'in':
    case 'out': {
      // "→|" comes in, "|→" goes out
      const bar = glyph === 'in' ? 20.5 : 3.5;
      const x0 = glyph === 'in' ? 2 : 7.5;
      const tip = glyph === 'in' ? 17 : 22;
      ctx.lineWidth = 2.8;
      ctx.beginPath();
      ctx.moveTo(bar, 4);
      ctx.lineTo(bar, 20);
      ctx.moveTo(x0, 12);
      ctx.lineTo(tip - 4, 12);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(tip - 6.5, 6);
      ctx.lineTo(tip, 12);
      ctx.lineTo(tip - 6.5, 18);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'eye': {
      ctx.lineWidth = 2.6;
      ctx.beginPath();
      ctx.moveTo(1.5, 12);
      ctx.quadraticCurveTo(12, 1, 22.5, 12);
      ctx.quadraticCurveTo(12, 23, 1.5, 12);
      ctx.closePath();
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(12, 12, 4, 0, Math.PI * 2);
      ctx.fill();
      break;
    }
    case 'route': {
      ctx.lineWidth = 3.2;
      ctx.beginPath();
      ctx.moveTo(5, 21.5);
      ctx.lineTo(5, 12);
      ctx.quadraticCurveTo(5, 7.5, 9.5, 7.5);
      ctx.lineTo(16, 7.5);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(14.5, 1.5);
      ctx.lineTo(22, 7.5);
      ctx.lineTo(14.5, 13.5);
      ctx.closePath();
      ctx.fill();
      break;
    }
    case 'level': {
      for (const x of [3, 10, 17]) {
        rr(ctx, x, 8, 4.5, 11.5, 0.8);
        ctx.fill();
      }
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(1.5, 5);
      ctx.lineTo(22.5, 5);
      ctx.setLineDash([2.5, 2.5]);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    }
  }
  ctx.restore();
}
