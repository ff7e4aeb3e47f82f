/** The M/M/1 test queue made small enough to run 30 times, with a card that opens a second desk. */
import { parseLevel, type Level } from '../../../src/sim';
import { loadLevel } from '../helpers';

export const CUSTOMERS_PER_RUN = 200;

export function mm1WithSecondDesk(): Level {
  const base = loadLevel('tests/fixtures/levels/mm1.json');
  const raw = structuredClone(base) as unknown as {
    entities: { arrivals: { count: number } }[];
    cards: unknown[];
  };
  (raw.entities[0] as { arrivals: { count: number } }).arrivals.count = CUSTOMERS_PER_RUN;
  raw.cards = [
    {
      id: 'second-desk',
      tool: 'levelling',
      name: { ru: 'Второе окно', en: 'A second desk' },
      why: { ru: 'Два окна обслуживают очередь', en: 'Two desks serve the queue' },
      cost: 1,
      targets: ['waiting'],
      effects: [{ op: 'set', target: 'stations.desk.servers', value: 2 }],
    },
  ];
  const r = parseLevel(raw);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.level;
}
