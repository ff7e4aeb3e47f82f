/** The results CSV must open in Russian Excel and LibreOffice as it is: BOM, ';', decimal commas, CRLF. */
import { describe, expect, it } from 'vitest';
import { lessonCsv, teamCsvRows, type CsvRow } from '../../../src/app/lesson/export-csv';
import { parseLevel, replayTeam, type Level, type RoundMetrics } from '../../../src/sim';
import { fixture } from './records';
import { loadLevel } from '../../sim/helpers';

function metrics(changes: Partial<RoundMetrics> = {}): RoundMetrics {
  return {
    arrived: 60,
    completed: 58,
    unfinished: 2,
    duration: 1500,
    leadTime: { mean: 754.2, p50: 700, p90: 1191, max: 1400 },
    throughputPerHour: 139.2,
    wip: { mean: 12.5, max: 30 },
    firstPassYield: 0.95,
    processCycleEfficiency: 0.3125,
    metresPerEntity: 41.3,
    waste: { value: 310.25, waiting: 402.56, motion: 35, transport: 0, inventory: 0, overprocessing: 1.04, overproduction: 0, defects: 12.5, unusedSkills: 7 },
    totalWasteMinutes: 458.1,
    valueMeasure: { value: 0.8333, target: 0.9, met: false },
    stations: [],
    ...changes,
  };
}

const RU_HEADER =
  'Команда;Раунд;Карточки в действии;Завершили;Не завершили;Среднее время в процессе, мин;Время в процессе, 90-й процентиль, мин;' +
  'Потери всего, чел.-мин;Ожидание, чел.-мин;Лишние движения, чел.-мин;Транспортировка, чел.-мин;Запасы, чел.-мин;' +
  'Лишняя обработка, чел.-мин;Перепроизводство, чел.-мин;Брак и переделка, чел.-мин;Неиспользованный потенциал, чел.-мин;' +
  'Время, создающее ценность, чел.-мин;Мера ценности, %;Выход в час;Эффективность процесса (PCE), %';

describe('the lesson CSV', () => {
  const rows: CsvRow[] = [
    { team: 'Совы', round: 1, cards: [], metrics: metrics() },
    { team: 'Совы', round: 2, cards: ['Меню у входа', 'Разбор зала'], metrics: metrics({ totalWasteMinutes: 300, leadTime: { mean: 600, p50: 0, p90: 900, max: 0 } }) },
  ];

  it('is exactly these bytes: BOM, Russian headers, decimal commas, CRLF after every line', () => {
    expect(lessonCsv(rows, 'ru')).toBe(
      `\uFEFF${RU_HEADER}\r\n` +
        'Совы;1;;58;2;12,6;19,9;458,1;402,6;35,0;0,0;0,0;1,0;0,0;12,5;7,0;310,3;83,3;139,2;31,3\r\n' +
        'Совы;2;Меню у входа, Разбор зала;58;2;10,0;15,0;300,0;402,6;35,0;0,0;0,0;1,0;0,0;12,5;7,0;310,3;83,3;139,2;31,3\r\n',
    );
  });

  it('starts with the UTF-8 byte-order mark', () => {
    expect([...new TextEncoder().encode(lessonCsv(rows, 'ru')).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has English headers in English, with the same numbers', () => {
    const lines = lessonCsv(rows, 'en').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFTeam;Round;Cards in force;Completed;Unfinished;Mean lead time, min;Lead time, 90th percentile, min;Total waste, person-min;' +
        'Waiting, person-min;Motion, person-min;Transport, person-min;Inventory, person-min;Overprocessing, person-min;' +
        'Overproduction, person-min;Defects and rework, person-min;Unused skills, person-min;Value-adding time, person-min;' +
        'Value measure, %;Throughput per hour;Process cycle efficiency (PCE), %',
    );
    expect(lines[1]).toBe('Совы;1;;58;2;12,6;19,9;458,1;402,6;35,0;0,0;0,0;1,0;0,0;12,5;7,0;310,3;83,3;139,2;31,3');
  });

  it('quotes a field with a separator, a quote or a line break, doubling the quotes', () => {
    const csv = lessonCsv([{ team: 'Совы; "7Б"', round: 1, cards: ['a\nb'], metrics: metrics() }], 'ru');
    expect(csv.split('\r\n')[1]?.startsWith('"Совы; ""7Б""";1;"a\nb";58;')).toBe(true);
  });

  it('keeps a team name from being read as a formula', () => {
    const csv = lessonCsv([{ team: '=1+1', round: 1, cards: [], metrics: metrics() }], 'ru');
    expect(csv.split('\r\n')[1]?.startsWith("'=1+1;1;;")).toBe(true);
  });

  it('leaves a cell empty for a number that is not one, and never writes minus zero', () => {
    const csv = lessonCsv([{ team: 'A', round: 1, cards: [], metrics: metrics({ throughputPerHour: NaN, processCycleEfficiency: -0.0001 }) }], 'ru');
    expect(csv.split('\r\n')[1]?.endsWith(';83,3;;0,0')).toBe(true);
  });

  it('has only the header line when there are no rows', () => {
    expect(lessonCsv([], 'ru')).toBe(`\uFEFF${RU_HEADER}\r\n`);
  });
});

describe('rows of a team', () => {
  const parsed = parseLevel(fixture('lesson-v1-kaizen.json').level);
  if (!parsed.ok) throw new Error('fixture level');
  const level: Level = parsed.level;

  it('are one per played round, with the cards in force named in the lesson language', () => {
    const replay = replayTeam(level, { levelId: 'library', seed: 42, rounds: 3, budgetPerRound: 3 }, [
      [{ type: 'applyCard', card: 'sort-shelves' }],
    ]);
    if (!replay.ok) throw new Error(replay.reason);
    const rows = teamCsvRows('Совы', replay.session.played, level, 'ru');
    expect(rows.map((r) => [r.team, r.round, r.cards])).toEqual([
      ['Совы', 1, []],
      ['Совы', 2, [level.cards[0]?.name.ru]],
    ]);
    expect(rows[1]?.metrics).toBe(replay.session.played[1]?.metrics);
  });

  it('name the value measure as the level names it', () => {
    const header = lessonCsv([], 'en', level).split('\r\n')[0] ?? '';
    expect(header).toContain(`;Value measure: ${level.valueMeasure.name.en}, %;`);
  });

  it('count document-minutes for a document flow', () => {
    const documents = loadLevel('levels/documents.json');
    const header = lessonCsv([], 'ru', documents).split('\r\n')[0] ?? '';
    expect(header).toContain(';Потери всего, док.-мин;Ожидание, док.-мин;');
  });
});
