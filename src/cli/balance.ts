/**
 * Balance search: `npm run balance -- <level.json> [--seed N] [--json]`.
 * Simulates every allowed combination of the level's cards for one round and prints what the
 * best plan, the median plan and each card are worth, and which cards are traps.
 * Exit code 2 on a bad level or argument.
 */
import { parseArgs } from 'node:util';
import { fail, loadLevelFile, seedArg } from './args';
import { balance, type BalanceReport, type Gain, type PlanFigures } from '../sim/balance';

const USAGE = 'usage: npm run balance -- <level.json> [--seed N] [--json]';

const min = (s: number): string => (s / 60).toFixed(2);
const pct = (x: number): string => `${x >= 0 ? '' : '−'}${Math.abs(x * 100).toFixed(1)} %`;
const signed = (x: number, d = 1): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(d)}`;

function table(rows: string[][], right: boolean[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function planLine(label: string, p: PlanFigures, gain?: Gain): string[] {
  return [
    label,
    String(p.cards.length),
    String(p.cost),
    p.totalWaste.toFixed(1),
    gain ? pct(-gain.waste) : '',
    min(p.leadTimeMean),
    gain ? pct(-gain.leadTime) : '',
    min(p.leadTimeMax),
    pct(p.value),
    p.unfinished ? String(p.unfinished) : '',
  ];
}

function format(r: BalanceReport, title: string): string {
  const out: string[] = [];
  out.push(`${title} — balance search, seed ${r.seed}`);
  out.push(`${r.combinations} combinations of ${r.cards.length} cards simulated${r.refused ? `, ${r.refused} refused (clashing effects)` : ''}`);
  out.push('');
  const head = ['plan', 'cards', 'cost', 'waste, p-min', 'vs now', 'lead mean, min', 'vs now', 'lead max, min', 'value', 'unfinished'];
  const right = [false, true, true, true, true, true, true, true, true, true];
  out.push(
    table(
      [
        head,
        planLine('no change (current state)', r.noChange),
        planLine('best plan (least waste)', r.best, r.best.gain),
        ...r.bestWithin.map((b) => planLine(`best within ${b.budget} points`, b.plan, b.plan.gain)),
        planLine('median plan', r.median, r.median.gain),
        planLine('worst plan', r.worst, r.worst.gain),
      ],
      right,
    ),
  );
  out.push('');
  out.push(`best plan: ${r.best.cards.join(', ')}`);
  for (const b of r.bestWithin) out.push(`best within ${b.budget} points: ${b.plan.cards.join(', ') || '—'}`);
  out.push(`median plan: ${r.median.cards.join(', ') || '—'}`);
  out.push('');
  out.push('waste by type, person-min      now     best');
  for (const [k, v] of Object.entries(r.noChange.metrics.waste)) {
    out.push(`  ${k.padEnd(26)}${v.toFixed(1).padStart(7)}  ${(r.best.metrics.waste as Record<string, number>)[k]?.toFixed(1).padStart(7)}`);
  }
  out.push(
    `  process cycle efficiency    ${pct(r.noChange.metrics.processCycleEfficiency).padStart(7)}  ${pct(r.best.metrics.processCycleEfficiency).padStart(7)}`,
  );
  out.push(`  metres walked per unit      ${r.noChange.metrics.metresPerEntity.toFixed(1).padStart(7)}  ${r.best.metrics.metresPerEntity.toFixed(1).padStart(7)}`);
  out.push('');
  out.push(
    `best single card: ${r.bestSingle.card}, ${pct(r.bestSingle.gain.waste)} less waste alone = ${pct(r.bestSingle.shareOfBestGain)} of the best plan's gain`,
  );
  out.push('');
  out.push('each card alone (added to the current state, with what it requires) and inside the best plan');
  out.push('(marginal: the best plan against the best plan without the card and without the cards that need it):');
  const cardRows = [
    ['card', 'tool', 'cost', 'needs', 'waste alone, p-min', 'lead alone', 'value alone', 'in best', 'marginal in best, p-min', 'trap'],
    ...r.cards.map((c) => [
      c.id,
      c.tool,
      String(c.cost),
      c.requires.join(',') || '—',
      `${signed(-c.alone.gain.wasteMinutes)} (${pct(-c.alone.gain.waste)})`,
      pct(-c.alone.gain.leadTime),
      `${signed(c.alone.gain.value * 100)} pt`,
      c.inBestPlan ? 'yes' : '',
      signed(c.marginalWasteMinutes),
      c.flaggedTrap
        ? c.worsens
          ? 'trap: worsens'
          : 'trap? does NOT worsen'
        : c.worsens
          ? 'worsens (not flagged!)'
          : c.stopsDecay
            ? 'stops 5S decay (worth shows over rounds)'
            : '',
    ]),
  ];
  out.push(table(cardRows, [false, false, true, false, true, true, true, false, true, false]));
  out.push('');
  out.push(`traps (worsen lead time or waste alone): ${r.traps.join(', ') || '—'}`);
  if (r.decay) {
    const [played, ...after] = r.decay.wasteWithoutSustain;
    out.push('');
    out.push(
      `5S decay: the best plan without ${r.decay.sustain} wastes ${played?.toFixed(1)} person-min, then ${after
        .map((w, k) => `${w.toFixed(1)} after ${k + 1} round${k ? 's' : ''}`)
        .join(', ')} of decay; with it, ${r.decay.wasteWithSustain.toFixed(1)} every round`,
    );
  }
  return `${out.join('\n')}\n`;
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    fail([(error as Error).message, USAGE]);
  }
  const { values, positionals } = parsed;
  const levelPath = positionals[0];
  if (!levelPath || positionals.length > 1) fail([USAGE]);
  const seed = seedArg(values.seed);
  const level = loadLevelFile(levelPath);
  if (level.cards.length === 0) fail([`${levelPath}: the level has no cards to balance`]);

  const report = balance(level, seed);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(format(report, `${level.title.en} — ${level.title.ru}`));
  }
}

main();
