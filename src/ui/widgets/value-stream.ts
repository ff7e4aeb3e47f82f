/**
 * The value-stream map of a round as inline SVG, in Rother & Shook's notation: the customer
 * at both ends, station names over their process boxes, a data box per step (cycle time,
 * staff, first-pass yield), a queue triangle "I" between the boxes with the units waiting
 * there and, right under it on the ladder, the wait per unit; push arrows (a plain arrow where
 * the same server goes straight on); the time ladder underneath (walking and waiting on the
 * upper steps, value-adding on the lower ones, "of" the step's whole time) with the lead time
 * and the value-added share at its right end. Every figure comes from the core's
 * `valueStream`; every word from the level or the i18n files.
 *
 * Laid out in SVG units (about a CSS pixel at 1024×768) and scaled to its box as a whole, so
 * it grows with the screen; a route too long to read at that width scrolls sideways instead of
 * shrinking. Text widths are estimated for the layout, then measured on screen: a line wider
 * than its room is squeezed to fit (textLength) rather than cut.
 */
import type { ValueStream, ValueStreamStep } from '../../sim';
import { el, svg, uniqueId } from '../dom';
import type { Format } from '../format';
import { tr, type Lang, type MessageKey, type Params } from '../i18n';

// Font sizes (SVG units) and an estimate of a character's width per em (Golos Text, Cyrillic,
// a little over its average: wide letters must not overflow). Measured widths correct it on screen.
const NAME = 13;
const DATA = 13;
const SMALL = 12;
const TOTAL = 15;
const STATION = 11.5;
const CHAR = { normal: 0.56, bold: 0.58 };

// Column widths. The ladder's labels may reach over the neighbouring columns, which are empty
// at their height, so a queue's column needs only the room of its triangle.
const MARGIN = 6;
const GAP = 34; // a queue triangle between two boxes
const FLOW = 12; // a step done straight on by the same server: no queue between
const EXIT = 40;
const BOX_MIN = 66;
/** Boxes grow up to this width to keep long names within NAME_LINES lines. */
const BOX_WIDE = 98;
const BOX_MAX = 130;
const NAME_LINES = 4;
/** Width the layout aims at: a short route gets wider boxes, not a taller drawing. */
const AIM = 980;

// Rows.
const CUSTOMER_TOP = 3;
const CUSTOMER_H = 30;
const BAND = 60; // the bracket under the station names, over the boxes
const BOX_TOP = 66;
const LINE = 14;
const DATA_LINE = 14.5;
const DATA_ROWS = 3;

export interface ValueStreamMapInput {
  lang: Lang;
  f: Format;
  map: ValueStream;
  /** the map's heading, e.g. "Current-state map · round 1" */
  title: string;
  /** a test id for the figure; its totals get `<testId>-lead` and `<testId>-value` */
  testId?: string;
  /** show the legend under the map (default true) */
  legend?: boolean;
}

/** "Current-state map" for round 1, "Target-state map" for the last round, "Round N map" between. */
export function mapTitle(lang: Lang, round: number, totalRounds: number): string {
  if (round === 1) return tr(lang, 'vsmCurrent');
  if (round >= totalRounds) return tr(lang, 'vsmTarget');
  return tr(lang, 'vsmRound', { n: round });
}

/** A duration in the unit that reads best: seconds, minutes, hours or days. */
export function duration(_lang: Lang, f: Format, seconds: number): string {
  return f.duration(seconds);
}

function textWidth(text: string, size: number, bold: boolean): number {
  return text.length * size * (bold ? CHAR.bold : CHAR.normal);
}

/**
 * Where a long word may be broken across two lines, nearest its middle: between two
 * consonants (экзем-пляры), or after a vowel before a consonant and a vowel (прошло-годнему),
 * never leaving a piece without a vowel. -1: keep it whole.
 */
const LONG_WORD = 10;
const VOWEL = /[аеёиоуыэюяaeiouy]/i;
const LETTER = /\p{L}/u;
const NO_BREAK_BEFORE = /[ьъй]/i;
function breakPoint(word: string): number {
  if (word.length < LONG_WORD) return -1;
  const isVowel = (i: number): boolean => VOWEL.test(word[i] ?? '');
  const isConsonant = (i: number): boolean => LETTER.test(word[i] ?? '') && !isVowel(i) && !NO_BREAK_BEFORE.test(word[i] ?? '');
  const ok = (i: number): boolean =>
    VOWEL.test(word.slice(0, i)) &&
    VOWEL.test(word.slice(i)) &&
    ((isConsonant(i - 1) && isConsonant(i)) || (isVowel(i - 1) && isConsonant(i) && isVowel(i + 1)));
  const mid = Math.floor(word.length / 2);
  for (let d = 0; d <= mid - 3; d++) {
    for (const i of [mid - d, mid + d]) if (i >= 3 && i <= word.length - 3 && ok(i)) return i;
  }
  return -1;
}

interface Token {
  text: string;
  /** the next token continues this word: no space between them */
  joins: boolean;
  /** what the line gets if it breaks after this token: a hyphen, or nothing after one already there */
  mark: string;
}

function wordTokens(word: string): Token[] {
  // A word with a hyphen of its own ("Dish-return") breaks after it.
  const own = word.indexOf('-', 1);
  if (own > 0 && own < word.length - 1) return [{ text: word.slice(0, own + 1), joins: true, mark: '' }, ...wordTokens(word.slice(own + 1))];
  const i = breakPoint(word);
  return i < 0 ? [{ text: word, joins: false, mark: '' }] : [{ text: word.slice(0, i), joins: true, mark: '-' }, { text: word.slice(i), joins: false, mark: '' }];
}

function tokens(text: string): Token[] {
  return text.split(/\s+/).filter(Boolean).flatMap(wordTokens);
}

/** The widest piece a text can be broken into (a long word counts by its halves). */
function widestPiece(text: string, size: number, bold: boolean): number {
  return Math.max(0, ...tokens(text).map((t) => textWidth(`${t.text}${t.mark}`, size, bold)));
}

/** Words into lines of at most `width`; past `maxLines` the rest joins the last line (squeezed). */
export function wrap(text: string, width: number, size: number, bold: boolean, maxLines: number): string[] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  const joined = (pieces: Token[], breaks: boolean): string =>
    pieces.map((p, i) => `${p.text}${i === pieces.length - 1 ? (breaks && p.joins ? p.mark : '') : p.joins ? '' : ' '}`).join('');
  for (const token of tokens(text)) {
    if (line.length === 0 || textWidth(joined([...line, token], false), size, bold) <= width) line.push(token);
    else {
      lines.push(line);
      line = [token];
    }
  }
  if (line.length) lines.push(line);
  // Past maxLines the rest goes on the last line (squeezed), its words whole again.
  const kept = lines.length <= maxLines ? lines : [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).flat()];
  return kept.map((pieces, i) => joined(pieces, i < kept.length - 1));
}

type Anchor = 'start' | 'middle' | 'end';

/** One line of text; squeezed to `fit` when it would be wider (estimated now, measured once drawn). */
function label(x: number, y: number, text: string, cls: string, o: { anchor?: Anchor; fit?: number; size?: number; bold?: boolean } = {}): SVGTextElement {
  const node = svg('text', { x, y, class: cls, 'text-anchor': o.anchor ?? 'middle' }, text);
  if (o.fit !== undefined) {
    node.dataset.fit = String(o.fit);
    if (textWidth(text, o.size ?? DATA, o.bold ?? false) > o.fit) squeeze(node, o.fit);
  }
  return node;
}

function squeeze(node: SVGTextElement, width: number): void {
  node.setAttribute('textLength', String(width));
  node.setAttribute('lengthAdjust', 'spacingAndGlyphs');
}

/**
 * Once the map is drawn (and again when the fonts have loaded), squeeze exactly the lines
 * that are wider than their room, and no others: the estimate above is only a first guess.
 * A map in a hidden tab has no layout: it is measured when it is shown.
 */
function fitTexts(root: SVGSVGElement): void {
  if (!root.isConnected || root.getBoundingClientRect().width === 0) return;
  for (const node of root.querySelectorAll<SVGTextElement>('text[data-fit]')) {
    const fit = Number(node.dataset.fit);
    node.removeAttribute('textLength');
    node.removeAttribute('lengthAdjust');
    if (node.getComputedTextLength() > fit) squeeze(node, fit);
  }
}

/** Small pictograms for the data box rows, on a 10×10 grid at (x, y). */
function clockIcon(x: number, y: number): SVGGElement {
  return svg(
    'g',
    { class: 'vsm__icon', transform: `translate(${x} ${y})` },
    svg('circle', { cx: 5, cy: 5, r: 4.5 }),
    svg('path', { d: 'M5 2.2V5h2.4' }),
  );
}
function personIcon(x: number, y: number): SVGGElement {
  return svg(
    'g',
    { class: 'vsm__icon', transform: `translate(${x} ${y})` },
    svg('circle', { cx: 5, cy: 2.6, r: 2.1 }),
    svg('path', { d: 'M1 10c0-3 1.8-4.6 4-4.6S9 7 9 10' }),
  );
}
function checkIcon(x: number, y: number): SVGGElement {
  return svg('g', { class: 'vsm__icon vsm__icon--check', transform: `translate(${x} ${y})` }, svg('path', { d: 'M1 5.5l2.7 2.8L9 1.8' }));
}

/** The customer (Rother & Shook's factory outline) with its name inside. */
function customer(x: number, w: number, name: string): SVGGElement {
  const y = CUSTOMER_TOP;
  const b = y + CUSTOMER_H;
  const r = y + 9; // where the saw-tooth roof meets the walls
  const t = w / 3;
  const points = [
    [x, b],
    [x, r],
    [x + t, y],
    [x + t, r],
    [x + 2 * t, y],
    [x + 2 * t, r],
    [x + w, y],
    [x + w, b],
  ]
    .map((p) => p.join(','))
    .join(' ');
  return svg(
    'g',
    { class: 'vsm__customer' },
    svg('polygon', { points }),
    label(x + w / 2, b - 6, name, 'vsm__customer-name', { fit: w - 8, size: DATA, bold: true }),
  );
}

/** A push arrow (striped, as in the notation) from x1 to x2 at height y. */
function pushArrow(x1: number, x2: number, y: number, pattern: string): SVGGElement {
  const head = Math.min(9, (x2 - x1) / 2);
  const h = 4;
  const body = x2 - x1 - head;
  return svg(
    'g',
    { class: 'vsm__push' },
    svg('rect', { x: x1, y: y - h, width: Math.max(0, body), height: 2 * h, fill: `url(#${pattern})` }),
    svg('path', { d: `M${x1 + body} ${y - h - 3}L${x2} ${y}L${x1 + body} ${y + h + 3}z` }),
  );
}

interface Column {
  step: ValueStreamStep;
  /** the queue cell before the box */
  gapX: number;
  gapW: number;
  triangle: boolean;
  boxX: number;
}

export function valueStreamMap(o: ValueStreamMapInput): HTMLElement {
  const { lang, f, map } = o;
  const t = (key: MessageKey, params?: Params): string => tr(lang, key, params);
  const dur = (seconds: number): string => duration(lang, f, seconds);

  // --- layout: one column per step, widths from the names ------------------------------------
  const triangle = (s: ValueStreamStep, k: number): boolean => k === 0 || !s.continues || s.wait >= 0.5 || s.queueMean >= 0.05;
  const gaps = map.steps.map((s, k) => (triangle(s, k) ? GAP : FLOW));
  const fixed = 2 * MARGIN + gaps.reduce((a, b) => a + b, 0) + EXIT;
  const longestWord = Math.max(0, ...map.steps.map((s) => widestPiece(s.name[lang], NAME, true)));
  const n = Math.max(1, map.steps.length);
  // Boxes as narrow as the names allow: every word fits (a long one may be squeezed a little)
  // and no name needs more than NAME_LINES lines, unless that would make the boxes too wide.
  const linesAt = (w: number): number => Math.max(0, ...map.steps.map((s) => wrap(s.name[lang], w - 10, NAME, true, Infinity).length));
  let forLines = BOX_MIN;
  while (forLines < BOX_WIDE && linesAt(forLines) > NAME_LINES) forLines += 4;
  const box = Math.min(BOX_MAX, Math.max(BOX_MIN, longestWord * 0.88 + 10, forLines, (AIM - fixed) / n));
  const nameLines = map.steps.map((s) => wrap(s.name[lang], box - 10, NAME, true, NAME_LINES + 2));
  const nameH = Math.max(2, ...nameLines.map((l) => l.length)) * LINE + 8;
  const dataTop = BOX_TOP + nameH;
  const boxBottom = dataTop + DATA_ROWS * DATA_LINE + 7;
  const arrowY = boxBottom - 11;
  const upper = boxBottom + 26;
  const lower = upper + 26;
  const totalsY = lower + 40;
  const height = totalsY + 19;

  const columns: Column[] = [];
  let x = MARGIN;
  map.steps.forEach((step, k) => {
    const gapW = gaps[k] as number;
    columns.push({ step, gapX: x, gapW, triangle: triangle(step, k), boxX: x + gapW });
    x += gapW + box;
  });
  const exitX = x;
  // The customers and their counts at the top need room too, on a short route.
  const entity = map.entityName[lang];
  const custW = Math.max(76, textWidth(entity, DATA, true) + 16);
  const arrivedText = t('vsmArrived', { n: f.int(map.arrived) });
  const finishedText = t('vsmFinished', { n: f.int(map.finished) });
  const countW = Math.max(textWidth(arrivedText, SMALL, true), textWidth(finishedText, SMALL, true));
  const exitW = Math.max(EXIT, 2 * (MARGIN + custW + 6 + countW) + 16 - exitX - MARGIN);
  const width = exitX + exitW + MARGIN;

  // --- the drawing -----------------------------------------------------------------------------
  const stripes = uniqueId('vsm-push');
  const lead = f.duration(map.leadTime);
  const value = dur(map.valueAdded);
  const share = f.pct(map.valueAddedShare);
  const root = svg('svg', {
    class: 'vsm__svg',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': t('vsmLabel', { title: o.title, steps: map.steps.length, lead, value, share }),
    preserveAspectRatio: 'xMidYMid meet',
  });
  root.append(
    svg(
      'defs',
      {},
      svg('pattern', { id: stripes, width: 5, height: 5, patternUnits: 'userSpaceOnUse' }, svg('rect', { width: 2.5, height: 5, class: 'vsm__stripe' })),
    ),
  );

  // Customers at both ends: in at the top left, out at the top right.
  const inX = MARGIN;
  const outX = width - MARGIN - custW;
  root.append(
    customer(inX, custW, entity),
    label(inX + custW + 6, CUSTOMER_TOP + 25, arrivedText, 'vsm__count', { anchor: 'start' }),
    customer(outX, custW, entity),
    label(outX - 6, CUSTOMER_TOP + 25, finishedText, 'vsm__count', { anchor: 'end' }),
  );
  const first = columns[0];
  if (first) {
    const cx = first.gapX + first.gapW / 2;
    const to = BOX_TOP + 2;
    root.append(
      svg('path', { class: 'vsm__flow', d: `M${cx} ${CUSTOMER_TOP + CUSTOMER_H}V${to - 4}` }),
      svg('path', { class: 'vsm__flow-head', d: `M${cx - 4} ${to - 6}L${cx} ${to + 1}L${cx + 4} ${to - 6}z` }),
    );
  }

  // Station names over the boxes: one bracket over the steps done in a row at the same station.
  for (let k = 0; k < columns.length; ) {
    const c = columns[k] as Column;
    let end = k;
    while (end + 1 < columns.length && (columns[end + 1] as Column).step.station === c.step.station) end++;
    const x0 = c.boxX + 2;
    const x1 = (columns[end] as Column).boxX + box - 2;
    // A name a little too wide stays on one line, squeezed, rather than broken.
    const station = c.step.stationName[lang];
    const lines = textWidth(station, STATION, true) <= (x1 - x0) * 1.15 ? [station] : wrap(station, x1 - x0, STATION, true, 2);
    root.append(svg('path', { class: 'vsm__band', d: `M${x0} ${BAND + 4}V${BAND}H${x1}V${BAND + 4}` }));
    lines.forEach((line, i) =>
      root.append(label((x0 + x1) / 2, BAND - 4 - (lines.length - 1 - i) * 12, line, 'vsm__station', { fit: x1 - x0, size: STATION, bold: true })),
    );
    k = end + 1;
  }

  columns.forEach((c, k) => {
    const s = c.step;
    const name = s.name[lang];
    const staff = s.staffed ? f.int(s.servers) : t('vsmSelfService');
    const gapMid = c.gapX + c.gapW / 2;
    const boxMid = c.boxX + box / 2;

    // Before the box: a queue triangle with the units waiting there (their wait is on the
    // ladder right under it), or a plain arrow for a step done straight on.
    if (c.triangle) {
      const top = BOX_TOP + 8;
      root.append(
        svg(
          'g',
          { class: 'vsm__queue', 'data-step': s.id },
          svg('title', {}, t('vsmQueueTitle', { step: name, count: f.num(s.queueMean, 1), wait: dur(s.wait) })),
          svg('path', { class: 'vsm__triangle', d: `M${gapMid} ${top}L${gapMid + 13} ${top + 24}H${gapMid - 13}z` }),
          label(gapMid, top + 20, 'I', 'vsm__triangle-i'),
          label(gapMid, top + 40, f.num(s.queueMean, 1), 'vsm__queue-count', { fit: c.gapW, size: DATA, bold: true }),
        ),
      );
      if (k > 0) root.append(pushArrow(c.gapX + 2, c.boxX - 1, arrowY, stripes));
    } else {
      root.append(
        svg('path', { class: 'vsm__flow', d: `M${c.gapX} ${arrowY}H${c.boxX - 4}` }),
        svg('path', { class: 'vsm__flow-head', d: `M${c.boxX - 6} ${arrowY - 4}L${c.boxX} ${arrowY}L${c.boxX - 6} ${arrowY + 4}z` }),
      );
    }

    // The process box and its data box.
    const g = svg(
      'g',
      { class: 'vsm__process', 'data-step': s.id },
      svg(
        'title',
        {},
        t('vsmBoxTitle', {
          step: name,
          station: s.stationName[lang],
          services: f.int(s.services),
          ct: dur(s.cycleTime),
          staff,
          fpy: f.pct(s.firstPassYield),
          time: dur(s.time),
          value: dur(s.valueAdding),
        }),
      ),
      svg('rect', { class: 'vsm__box', x: c.boxX, y: BOX_TOP, width: box, height: nameH }),
      svg('rect', { class: 'vsm__data', x: c.boxX, y: dataTop, width: box, height: boxBottom - dataTop }),
    );
    const lines = nameLines[k] as string[];
    const nameTop = BOX_TOP + (nameH - lines.length * LINE) / 2 + LINE - 3.2;
    lines.forEach((line, i) => g.append(label(boxMid, nameTop + i * LINE, line, 'vsm__name', { fit: box - 6, size: NAME, bold: true })));
    const rowY = (i: number): number => dataTop + 3.5 + i * DATA_LINE;
    const textX = c.boxX + 18;
    const fit = box - 21;
    g.append(clockIcon(c.boxX + 5, rowY(0) + 2), label(textX, rowY(0) + 11, dur(s.cycleTime), 'vsm__datum', { anchor: 'start', fit }));
    if (s.staffed) g.append(personIcon(c.boxX + 5, rowY(1) + 2), label(textX, rowY(1) + 11, staff, 'vsm__datum', { anchor: 'start', fit }));
    else g.append(label(c.boxX + 5, rowY(1) + 11, staff, 'vsm__datum vsm__datum--self', { anchor: 'start', fit: box - 8, size: DATA }));
    g.append(checkIcon(c.boxX + 5, rowY(2) + 2), label(textX, rowY(2) + 11, f.pct(s.firstPassYield), 'vsm__datum', { anchor: 'start', fit }));
    root.append(g);
  });

  // To the exit: from the last box along, then up to the customer.
  const exitMid = exitX + exitW / 2;
  const outMid = Math.min(Math.max(exitMid, outX + 10), outX + custW - 10);
  const custBottom = CUSTOMER_TOP + CUSTOMER_H;
  root.append(
    svg('path', { class: 'vsm__flow', d: `M${exitX + 1} ${arrowY}H${outMid}V${custBottom + 6}` }),
    svg('path', { class: 'vsm__flow-head', d: `M${outMid - 4} ${custBottom + 8}L${outMid} ${custBottom + 1}L${outMid + 4} ${custBottom + 8}z` }),
  );

  // The time ladder: a square wave, up under the queues, down under the boxes.
  const ladder = svg('g', { class: 'vsm__ladder' });
  let d = '';
  columns.forEach((c, k) => {
    const level = c.triangle ? upper : lower;
    d += k === 0 ? `M${c.gapX} ${level}` : `V${level}`;
    d += `H${c.boxX}V${lower}H${c.boxX + box}`;
  });
  d += `V${upper}H${exitX + exitW}`;
  ladder.append(svg('path', { class: 'vsm__rung', d }));
  // Waiting on the upper steps, value-adding on the lower ones, thick and coloured.
  for (const c of columns) {
    if (c.triangle) ladder.append(svg('path', { class: 'vsm__rung vsm__rung--wait', d: `M${c.gapX} ${upper}H${c.boxX}` }));
    if (c.step.valueAdding > 0) ladder.append(svg('path', { class: 'vsm__rung vsm__rung--value', d: `M${c.boxX} ${lower}H${c.boxX + box}` }));
  }
  ladder.append(svg('path', { class: 'vsm__rung vsm__rung--wait', d: `M${exitX} ${upper}H${exitX + exitW}` }));
  // A wait's figure may reach over the boxes beside it: nothing else is drawn at its height.
  const room = box + GAP - 6;
  for (const c of columns) {
    const s = c.step;
    if (c.triangle) {
      ladder.append(label(c.gapX + c.gapW / 2, upper - 5, dur(s.wait), 'vsm__wait', { fit: room, size: SMALL, bold: true }));
    }
    const boxMid = c.boxX + box / 2;
    ladder.append(label(boxMid, lower + 14, dur(s.valueAdding), s.valueAdding > 0 ? 'vsm__va' : 'vsm__va vsm__va--none', { fit: box + FLOW, size: SMALL, bold: true }));
    if (s.time - s.valueAdding >= 0.05) ladder.append(label(boxMid, lower + 26, t('vsmOf', { t: dur(s.time) }), 'vsm__of', { fit: box + FLOW, size: SMALL }));
  }
  ladder.append(
    svg('title', {}, t('vsmExitTitle', { wait: dur(map.toExit) })),
    label(exitMid, upper - 5, dur(map.toExit), 'vsm__wait', { fit: room, size: SMALL, bold: true }),
    label(exitX + exitW - 2, upper + 14, t('vsmToExit'), 'vsm__small', { anchor: 'end', fit: box + exitW - 4, size: SMALL }),
  );
  root.append(ladder);

  // Totals at the right end, under the ladder: lead time and the value-added share.
  const parts: [string, string, string][] = [
    [t('vsmLead'), lead, 'lead'],
    [t('vsmValue'), `${value} · ${share}`, 'value'],
  ];
  const totals = svg('g', { class: 'vsm__totals' });
  let right = width - MARGIN - 8;
  const placed: SVGTextElement[] = [];
  for (const [name, figure, key] of [...parts].reverse()) {
    const figureText = label(right, totalsY + 9, figure, `vsm__total vsm__total--${key}`, { anchor: 'end' });
    if (o.testId) figureText.dataset.testid = `${o.testId}-${key}`;
    right -= textWidth(figure, TOTAL, true) + 6;
    const nameText = label(right, totalsY + 9, name, 'vsm__total-name', { anchor: 'end' });
    right -= textWidth(name, SMALL + 1, false) + 18;
    placed.push(figureText, nameText);
  }
  const left = Math.max(MARGIN, right + 8);
  totals.append(svg('rect', { class: 'vsm__totals-box', x: left, y: totalsY - 10, width: width - MARGIN - left, height: 26 }), ...placed);
  root.append(totals);

  const captionId = uniqueId('vsm-caption');
  const drawing = el('div', { class: 'vsm__drawing' }, root);
  const figure = el(
    'figure',
    { class: 'vsm', attrs: { 'data-testid': o.testId, 'aria-labelledby': captionId } },
    el('figcaption', { class: 'vsm__caption', id: captionId, text: o.title }),
    drawing,
  );
  if (o.legend !== false) figure.append(mapLegend(lang));
  // When the map gets a size on screen (drawn, its tab shown, the window resized): choose
  // between filling the box and scrolling a long route sideways, and measure the lines; again
  // when the fonts have come.
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(() => {
      if (!drawing.isConnected) {
        observer.disconnect();
        return;
      }
      fitWidth(drawing, root, width, height, o.title);
      fitTexts(root);
    });
    observer.observe(drawing);
    void document.fonts?.ready.then(() => fitTexts(root));
  }
  return figure;
}

/** Root font size at which a scale of 1 is about right: 1024×768 (see styles.css). */
const REFERENCE_REM = 17.6;
/** Never draw smaller than this (SVG unit per CSS pixel at the reference size): scroll instead. */
const MIN_SCALE = 0.85;

/**
 * A route too long to be read when fitted to the box's width is drawn at the smallest
 * readable scale instead, and the box scrolls sideways (and takes the keyboard's arrows).
 */
function fitWidth(drawing: HTMLElement, root: SVGSVGElement, width: number, height: number, title: string): void {
  const box = drawing.getBoundingClientRect();
  if (box.width === 0) return;
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || REFERENCE_REM;
  const smallest = (MIN_SCALE * rem) / REFERENCE_REM;
  const scroll = box.width / width < smallest;
  drawing.classList.toggle('vsm__drawing--scroll', scroll);
  if (scroll) {
    // Room for the scroll bar under the drawing.
    const scale = Math.min(smallest, Math.max(0.1, (box.height - 16) / height));
    root.style.width = `${width * scale}px`;
    root.style.height = `${height * scale}px`;
    drawing.tabIndex = 0;
    drawing.setAttribute('role', 'region');
    drawing.setAttribute('aria-label', title);
  } else {
    root.style.removeProperty('width');
    root.style.removeProperty('height');
    drawing.removeAttribute('tabindex');
    drawing.removeAttribute('role');
    drawing.removeAttribute('aria-label');
  }
}

/** What the pictograms and the ladder mean, in words. */
export function mapLegend(lang: Lang): HTMLElement {
  const icon = (node: SVGGElement): SVGSVGElement => svg('svg', { class: 'vsm__legend-icon', viewBox: '-1 -1 12 12', 'aria-hidden': 'true' }, node);
  const triangle = svg(
    'svg',
    { class: 'vsm__legend-icon', viewBox: '0 0 30 27', 'aria-hidden': 'true' },
    svg('path', { class: 'vsm__triangle', d: 'M15 1L29 26H1z' }),
    svg('text', { x: 15, y: 22, class: 'vsm__triangle-i', 'text-anchor': 'middle' }, 'I'),
  );
  const item = (...children: (Node | string)[]): HTMLElement => el('li', {}, ...children);
  return el(
    'ul',
    { class: 'vsm__legend' },
    item(icon(clockIcon(0, 0)), tr(lang, 'vsmLegendCt')),
    item(icon(personIcon(0, 0)), tr(lang, 'vsmLegendStaff')),
    item(icon(checkIcon(0, 0)), tr(lang, 'vsmLegendFpy')),
    item(triangle, tr(lang, 'vsmLegendQueue')),
    item(
      svg(
        'svg',
        { class: 'vsm__legend-icon vsm__legend-icon--wide', viewBox: '0 0 24 12', 'aria-hidden': 'true' },
        svg('path', { class: 'vsm__rung vsm__rung--wait', d: 'M1 2H11' }),
        svg('path', { class: 'vsm__rung', d: 'M11 2V10' }),
        svg('path', { class: 'vsm__rung vsm__rung--value', d: 'M11 10H23' }),
      ),
      tr(lang, 'vsmLegendLadder'),
    ),
  );
}
