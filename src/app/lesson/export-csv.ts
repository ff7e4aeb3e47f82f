/**
 * The lesson's results as a CSV file that opens correctly in Russian Excel and LibreOffice:
 * UTF-8 with a byte-order mark (else Excel reads Cyrillic as mojibake), ';' between fields
 * (Russian Excel's list separator), decimal commas and no digit grouping (so numbers stay
 * numbers), CRLF line ends. One row per team and round.
 *
 * The column names live here, not in the UI's string files: they are part of the file's
 * format (a teacher's spreadsheet formulas refer to them), fixed per language, and src/app
 * does not import the UI.
 */
import { WASTES, type Level, type PlayedRound, type Waste } from '../../sim';

export interface CsvRow {
  team: string;
  round: number;
  /** the names of the cards in force during the round, in the order applied */
  cards: readonly string[];
  metrics: PlayedRound['metrics'];
}

type Lang = 'ru' | 'en';

const WASTE_NAMES: Record<Lang, Record<Waste, string>> = {
  ru: {
    waiting: 'Ожидание',
    motion: 'Лишние движения',
    transport: 'Транспортировка',
    inventory: 'Запасы',
    overprocessing: 'Лишняя обработка',
    overproduction: 'Перепроизводство',
    defects: 'Брак и переделка',
    unusedSkills: 'Неиспользованный потенциал',
  },
  en: {
    waiting: 'Waiting',
    motion: 'Motion',
    transport: 'Transport',
    inventory: 'Inventory',
    overprocessing: 'Overprocessing',
    overproduction: 'Overproduction',
    defects: 'Defects and rework',
    unusedSkills: 'Unused skills',
  },
};

const HEADS = {
  ru: {
    team: 'Команда',
    round: 'Раунд',
    cards: 'Карточки в действии',
    completed: 'Завершили',
    unfinished: 'Не завершили',
    leadMean: 'Среднее время в процессе, мин',
    leadP90: 'Время в процессе, 90-й процентиль, мин',
    totalWaste: 'Потери всего',
    value: 'Время, создающее ценность',
    valueMeasure: 'Мера ценности',
    throughput: 'Выход в час',
    pce: 'Эффективность процесса (PCE), %',
    person: 'чел.-мин',
    document: 'док.-мин',
  },
  en: {
    team: 'Team',
    round: 'Round',
    cards: 'Cards in force',
    completed: 'Completed',
    unfinished: 'Unfinished',
    leadMean: 'Mean lead time, min',
    leadP90: 'Lead time, 90th percentile, min',
    totalWaste: 'Total waste',
    value: 'Value-adding time',
    valueMeasure: 'Value measure',
    throughput: 'Throughput per hour',
    pce: 'Process cycle efficiency (PCE), %',
    person: 'person-min',
    document: 'doc-min',
  },
} as const;

/** A team's rounds as rows, the card ids named in `lang` as the level names them. */
export function teamCsvRows(team: string, played: readonly PlayedRound[], level: Level, lang: Lang): CsvRow[] {
  const name = (id: string): string => level.cards.find((c) => c.id === id)?.name[lang] ?? id;
  return played.map((p) => ({ team, round: p.round, cards: p.applied.map(name), metrics: p.metrics }));
}

/**
 * The CSV text. With the lesson's `level`, the waste columns say whose minutes they count
 * (people's or documents') and the value-measure column is named as the level names it.
 */
export function lessonCsv(rows: readonly CsvRow[], lang: Lang, level?: Level): string {
  const h = HEADS[lang];
  const measured = level?.entities.find((e) => e.id === level.valueMeasure.entity);
  const unit = measured?.kind === 'document' ? h.document : h.person;
  const measure = level ? `${h.valueMeasure}: ${level.valueMeasure.name[lang]}, %` : `${h.valueMeasure}, %`;
  const header = [
    h.team,
    h.round,
    h.cards,
    h.completed,
    h.unfinished,
    h.leadMean,
    h.leadP90,
    `${h.totalWaste}, ${unit}`,
    ...WASTES.map((w) => `${WASTE_NAMES[lang][w]}, ${unit}`),
    `${h.value}, ${unit}`,
    measure,
    h.throughput,
    h.pce,
  ];
  const lines = [header.map(field)];
  for (const r of rows) {
    const m = r.metrics;
    lines.push([
      text(r.team),
      String(r.round),
      text(r.cards.join(', ')),
      String(m.completed),
      String(m.unfinished),
      decimal(m.leadTime.mean / 60),
      decimal(m.leadTime.p90 / 60),
      decimal(m.totalWasteMinutes),
      ...WASTES.map((w) => decimal(m.waste[w])),
      decimal(m.waste.value),
      decimal(m.valueMeasure.value * 100),
      decimal(m.throughputPerHour),
      decimal(m.processCycleEfficiency * 100),
    ]);
  }
  return `\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`;
}

/** One decimal, a comma for the point, no grouping; an empty cell for a number that is not one. */
function decimal(x: number): string {
  if (!Number.isFinite(x)) return '';
  const fixed = x.toFixed(1);
  return (fixed === '-0.0' ? '0.0' : fixed).replace('.', ',');
}

/**
 * A text typed by a player (a team's name): quoted when needed, and kept from being read as a
 * formula — a leading = + - @ would make a spreadsheet compute it.
 */
function text(value: string): string {
  return field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** Quoted when it holds the separator, a quote or a line break; quotes inside doubled. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
