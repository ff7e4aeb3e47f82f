/**
 * How each bucket (value and the eight wastes) looks everywhere in the UI: a colour, a fill
 * pattern (styles.css, .bucket--<name>) and an icon, so nothing is told by colour alone.
 */
import { BUCKETS, type Bucket, type Level } from '../sim';
import { svg, el } from './dom';
import { tr, type Lang, type MessageKey } from './i18n';

/** Icon outlines on a 20×20 grid, drawn with a 2-unit stroke in the current text colour. */
const ICONS: Record<Bucket, string[]> = {
  // a tick: time the customer pays for
  value: ['M4 10.5l4 4 8-9'],
  // an hourglass
  waiting: ['M5 2.5h10', 'M5 17.5h10', 'M6 2.5c0 5 8 4.5 8 7.5s-8 2.5-8 7.5', 'M14 2.5c0 5-8 4.5-8 7.5s8 2.5 8 7.5'],
  // two footprints
  motion: ['M6 3.5c2 0 2.5 2.5 2.5 4.5S7.5 11 6 11 3.5 9.5 3.5 7.5 4 3.5 6 3.5z', 'M14 9c2 0 2.5 2.5 2.5 4.5s-1 3-2.5 3-2.5-1.5-2.5-3.5S12 9 14 9z'],
  // a box on an arrow
  transport: ['M2 14h13', 'M12 10.5l3.5 3.5-3.5 3.5', 'M4 4h7v6H4z'],
  // a stack of boxes
  inventory: ['M3 11h6v6H3z', 'M11 11h6v6h-6z', 'M7 4h6v7H7z'],
  // a circular arrow: doing it again for nothing
  overprocessing: ['M15.5 7A6 6 0 1 0 16 12', 'M16 3v4.5h-4.5'],
  // two copies
  overproduction: ['M3 6h9v11H3z', 'M7 6V3h9v11h-4'],
  // a cross
  defects: ['M4.5 4.5l11 11', 'M15.5 4.5l-11 11'],
  // a light bulb
  unusedSkills: ['M7 13.5c0-2-2.5-3-2.5-6a5.5 5.5 0 0 1 11 0c0 3-2.5 4-2.5 6z', 'M7.5 16.5h5', 'M8.5 19h3'],
};

export function bucketIcon(bucket: Bucket): SVGSVGElement {
  return svg(
    'svg',
    { class: `icon icon--${bucket}`, viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' },
    ...ICONS[bucket].map((d) => svg('path', { d })),
  );
}

export function bucketName(lang: Lang, bucket: Bucket): string {
  return tr(lang, `bucket_${bucket}` as MessageKey);
}

/** The patterned colour chip of a bucket (legend, table rows). */
export function swatch(bucket: Bucket): HTMLElement {
  return el('span', { class: `swatch bucket--${bucket}`, attrs: { 'aria-hidden': 'true' } });
}

/** Chip, icon and name together: the label of a bucket wherever it is listed. */
export function bucketLabel(lang: Lang, bucket: Bucket): HTMLElement {
  return el('span', { class: 'bucket-label' }, swatch(bucket), bucketIcon(bucket), el('span', { text: bucketName(lang, bucket) }));
}

/**
 * The buckets a level can book time into, from its structure: people wait and walk,
 * documents lie and are carried, steps book their class, defects book defects. The others
 * are always zero there and are left out of live lists to keep them short.
 */
export function possibleBuckets(level: Level): Bucket[] {
  const found = new Set<Bucket>(['value']);
  for (const e of level.entities) {
    if (e.kind === 'person') {
      found.add('waiting');
      found.add('motion');
    } else {
      found.add('inventory');
      found.add('transport');
    }
    for (const s of e.route) {
      found.add(s.class);
      if (s.defects.length > 0) found.add('defects');
    }
  }
  if (level.stations.some((s) => s.disorder > 0 && s.search)) found.add('motion');
  return BUCKETS.filter((b) => found.has(b));
}
