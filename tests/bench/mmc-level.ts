/** An M/M/c level built in code, for the benchmark (the same shape as tests/fixtures/levels/mm*.json). */
import { parseLevel, type Level } from '../../src/sim';

export function mmcLevel(servers: number, ratePerHour: number, meanService: number, count: number): Level {
  const t = (s: string) => ({ ru: s, en: s });
  const r = parseLevel({
    version: 1,
    id: 'mmc',
    title: t(`M/M/${servers}`),
    briefing: t('benchmark'),
    maxTime: 1e12,
    floor: { tileSize: 1, walkSpeed: 1, tiles: ['#####', '#...#', '#####'] },
    spots: [{ id: 'door', name: t('door'), x: 2, y: 1 }],
    stations: [{ id: 'desk', name: t('desk'), x: 2, y: 1, servers }],
    entities: [
      {
        id: 'customer',
        kind: 'person',
        name: t('customer'),
        enterAt: 'door',
        leaveAt: 'door',
        arrivals: { type: 'poisson', ratePerHour, count },
        route: [{ id: 'serve', name: t('serve'), station: 'desk', duration: { type: 'exponential', mean: meanService }, class: 'value' }],
      },
    ],
    valueMeasure: { kind: 'leadTimeAtMost', entity: 'customer', seconds: 600, name: t('within 10 min'), target: 0.9 },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.level;
}
