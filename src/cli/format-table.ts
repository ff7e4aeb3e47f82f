/** The CLI's readable output: one column per round, one row per figure. */
import { BUCKETS, type Level, type RoundReport } from '../sim';

const minutes = (s: number): string => (s / 60).toFixed(2);
const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;
const fixed = (x: number, d = 1): string => x.toFixed(d);

export function formatRounds(level: Level, seed: number, rounds: readonly RoundReport[]): string {
  const rows: [string, (r: RoundReport) => string][] = [
    ['cards in force', (r) => (r.applied.length ? r.applied.join(', ') : '—')],
    ['arrived / completed', (r) => `${r.metrics.arrived} / ${r.metrics.completed}`],
    ['lead time mean, min', (r) => minutes(r.metrics.leadTime.mean)],
    ['lead time p50, min', (r) => minutes(r.metrics.leadTime.p50)],
    ['lead time p90, min', (r) => minutes(r.metrics.leadTime.p90)],
    ['lead time max, min', (r) => minutes(r.metrics.leadTime.max)],
    ['throughput, per hour', (r) => fixed(r.metrics.throughputPerHour)],
    ['WIP mean / max', (r) => `${fixed(r.metrics.wip.mean)} / ${r.metrics.wip.max}`],
    ['first-pass yield', (r) => percent(r.metrics.firstPassYield)],
    ['process cycle efficiency', (r) => percent(r.metrics.processCycleEfficiency)],
    ['metres walked per unit', (r) => fixed(r.metrics.metresPerEntity)],
    ...BUCKETS.map(
      (b): [string, (r: RoundReport) => string] => [`${b === 'value' ? 'value-adding' : `waste: ${b}`}, person-min`, (r) => fixed(r.metrics.waste[b])],
    ),
    ['total waste, person-min', (r) => fixed(r.metrics.totalWasteMinutes)],
    [level.valueMeasure.name.en, (r) => `${percent(r.metrics.valueMeasure.value)} (target ${percent(r.metrics.valueMeasure.target)})`],
    // Rows by station id: a card may add a station, so positions differ between rounds.
    ...[...new Set(rounds.flatMap((r) => r.metrics.stations.map((s) => s.id)))].map(
      (id): [string, (r: RoundReport) => string] => [
        `station ${id}: utilisation / max queue`,
        (r) => {
          const m = r.metrics.stations.find((s) => s.id === id);
          return m ? `${m.utilisation === null ? 'self' : percent(m.utilisation)} / ${m.maxQueue}` : '—';
        },
      ],
    ),
  ];
  const header = ['', ...rounds.map((r) => `round ${r.round}`)];
  const table = [header, ...rows.map(([label, cell]) => [label, ...rounds.map(cell)])];
  const widths = header.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
  const lines = table.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  return `${level.title.en} — ${level.title.ru} (seed ${seed})\n${lines.join('\n')}\n`;
}
