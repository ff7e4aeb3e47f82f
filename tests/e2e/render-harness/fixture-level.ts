/**
 * The shipped canteen with a few additions for drawing tests: clutter boxes, and one test card
 * of every tool (their effects are real, so the core accepts them). Throwaway test data.
 */
import canteen from '../../../levels/canteen.json';

type Json = Record<string, unknown>;

export function canteenWithTestCards(): unknown {
  const level = structuredClone(canteen) as unknown as Json & { floor: { tiles: string[] }; cards?: Json[] };
  const tiles = level.floor.tiles.slice();
  const paint = (x: number, y: number, w: number, h: number, ch: string) => {
    for (let yy = y; yy < y + h; yy++) {
      const row = (tiles[yy] as string).split('');
      for (let xx = x; xx < x + w; xx++) if (row[xx] === '.') row[xx] = ch;
      tiles[yy] = row.join('');
    }
  };
  // boxes piled by the cutlery and in the corridor
  paint(22, 4, 3, 2, 'c');
  paint(14, 13, 4, 1, 'c');
  level.floor.tiles = tiles;
  const text = (ru: string, en: string) => ({ ru, en });
  const cards: Json[] = [
    {
      id: 'test-sort',
      tool: '5s-sort',
      name: text('Убрать коробки', 'Clear the boxes'),
      why: text('Коробки мешают пройти.', 'Boxes are in the way.'),
      cost: 1,
      targets: ['motion'],
      effects: [
        { op: 'paint', tile: '.', x: 22, y: 4, w: 3, h: 2 },
        { op: 'paint', tile: '.', x: 14, y: 13, w: 4, h: 1 },
      ],
    },
    {
      id: 'test-order',
      tool: '5s-set-in-order',
      name: text('Порядок на раздаче', 'Order at the line'),
      why: text('Всё на своих местах.', 'Everything in its place.'),
      cost: 1,
      targets: ['motion'],
      effects: [{ op: 'set', target: 'stations.line.disorder', value: 0.1 }],
    },
    {
      id: 'test-menu',
      tool: 'visual',
      name: text('Меню у входа', 'Menu at the door'),
      why: text('Выбирают заранее.', 'Choose before the counter.'),
      cost: 1,
      targets: ['overprocessing'],
      effects: [{ op: 'scale', target: 'entities.pupil.route.choose.duration', factor: 0.4 }],
    },
    {
      id: 'test-list',
      tool: 'visual',
      name: text('Электронный список', 'Electronic list'),
      why: text('Без бумажного списка.', 'No paper list.'),
      cost: 1,
      targets: ['overprocessing'],
      effects: [{ op: 'remove', target: 'entities.pupil.route.check-list' }],
    },
    {
      id: 'test-cutlery',
      tool: 'routing',
      name: text('Приборы в начало линии', 'Cutlery at the start'),
      why: text('Без лишнего пути.', 'No extra walk.'),
      cost: 1,
      targets: ['motion'],
      effects: [
        { op: 'set', target: 'stations.cutlery.x', value: 5 },
        { op: 'set', target: 'stations.cutlery.y', value: 2 },
        { op: 'remove', target: 'entities.pupil.route.cutlery' },
        {
          op: 'insertAfter',
          target: 'entities.pupil.route.tray',
          value: { id: 'cutlery', name: text('Взять приборы', 'Take cutlery'), station: 'cutlery', duration: { type: 'uniform', min: 3, max: 6 }, class: 'value' },
        },
      ],
    },
    {
      id: 'test-waves',
      tool: 'levelling',
      name: text('Классы по очереди', 'Classes in turn'),
      why: text('Меньше пик.', 'A lower peak.'),
      cost: 1,
      targets: ['waiting'],
      effects: [{ op: 'add', target: 'entities.pupil.arrivals.waves.class-6b.at', amount: 60 }],
    },
  ];
  level.cards = [...(level.cards ?? []), ...cards];
  return withoutBudget(level);
}

/** The shipped canteen as it is, but with no budget limit, so a test can apply every card. */
export function shippedCanteen(): unknown {
  return withoutBudget(structuredClone(canteen) as unknown as Json);
}

function withoutBudget(level: Json): Json {
  const kaizen = level.kaizen as Json | undefined;
  if (kaizen) delete kaizen.budgetPerRound;
  return level;
}
