/**
 * The change of a figure from one round to another, told by an arrow, a signed number and
 * a word (better / worse), not by colour alone.
 */
import { el } from '../dom';
import { relativeChange, type Format } from '../format';
import { tr, type Lang } from '../i18n';

/** Which way is good; 'neutral' for figures that are neither (value-adding minutes). */
export type Better = 'lower' | 'higher' | 'neutral';

export interface ChangeOptions {
  lang: Lang;
  f: Format;
  from: number;
  to: number;
  better: Better;
  /** 'relative': percent of the old value; 'points': difference of two shares in percentage points */
  kind?: 'relative' | 'points';
  /** show the word "better"/"worse" (default true) */
  word?: boolean;
  /** show the signed amount (default true) */
  amount?: boolean;
  /** "vs round N" after it */
  vsRound?: number;
  /** the relative change already worked out (the debrief's), instead of from/to; Infinity: from zero */
  ratio?: number;
}

/** Below this, a change is shown as none (rounding noise). */
const EPSILON = 0.005;

export function changeBadge(o: ChangeOptions): HTMLElement {
  const { lang, f } = o;
  const diff =
    o.kind === 'points' ? o.to - o.from : o.ratio !== undefined ? (Number.isFinite(o.ratio) ? o.ratio : undefined) : relativeChange(o.from, o.to);
  const node = el('span', { class: 'change' });
  if (diff === undefined) {
    // From zero to something: there is no percentage; say so.
    node.classList.add(o.better === 'lower' ? 'change--worse' : o.better === 'higher' ? 'change--better' : 'change--same');
    node.append(el('span', { class: 'change__arrow', text: '↑', attrs: { 'aria-hidden': 'true' } }), tr(lang, 'changeFromZero'));
    return node;
  }
  const direction = Math.abs(diff) < EPSILON ? 0 : Math.sign(diff);
  const good = direction === 0 || o.better === 'neutral' ? undefined : (direction < 0) === (o.better === 'lower');
  node.classList.add(good === undefined ? 'change--same' : good ? 'change--better' : 'change--worse');
  const arrow = direction < 0 ? '↓' : direction > 0 ? '↑' : '=';
  node.append(el('span', { class: 'change__arrow', text: arrow, attrs: { 'aria-hidden': 'true' } }));
  const showWord = o.word !== false;
  if (o.amount !== false && (direction !== 0 || !showWord)) {
    const amount = direction === 0 ? f.pct(0) : o.kind === 'points' ? f.signedPoints(diff) : f.signedPct(diff);
    node.append(el('span', { class: 'change__amount', text: amount }));
  }
  if (showWord && (good !== undefined || direction === 0)) {
    const word = good === undefined ? tr(lang, 'changeSame') : tr(lang, good ? 'changeBetter' : 'changeWorse');
    node.append(el('span', { class: 'change__word', text: ` ${word}` }));
  }
  if (!showWord && direction === 0) node.setAttribute('aria-label', tr(lang, 'changeSame'));
  if (o.vsRound !== undefined) node.append(el('span', { class: 'change__vs', text: ` ${tr(lang, 'changeVs', { n: o.vsRound })}` }));
  return node;
}
