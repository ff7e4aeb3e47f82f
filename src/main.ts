// First: before any level is parsed, zod must know not to generate code (strict CSP, no eval).
import './app/offline/no-eval';
// Golos Text, the typeface of Russia's public-service sites: Cyrillic-complete, bundled with
// the game so nothing is ever downloaded (the browser loads only the subsets a page uses).
import '@fontsource/golos-text/400.css';
import '@fontsource/golos-text/600.css';
import '@fontsource/golos-text/700.css';
import './ui/styles.css';
import { GameController } from './app/game-controller';
import { startAnimationLoop } from './app/animation-loop';
import { shippedLevels, type LevelEntry } from './app/level-registry';
import { createConsoleApi } from './app/console-api';
import { startOfflineSupport } from './app/offline';
import { mountRoutes } from './ui/lesson/routes';

/** The lesson's seed: the same for every round and every team, so results compare; `?seed=` overrides it. */
const DEFAULT_SEED = 20261123;
const DEFAULT_ROUNDS = 4;

function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw.trim())) return fallback;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : fallback;
}

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const params = new URLSearchParams(window.location.search);
const seed = intParam(params, 'seed', DEFAULT_SEED, 0, 0xffffffff);
const rounds = intParam(params, 'rounds', DEFAULT_ROUNDS, 1, 8);

let levels: LevelEntry[];
try {
  levels = shippedLevels();
} catch (error) {
  // The registry never throws by design; if it ever does, the menu says there are no levels.
  console.error(error);
  levels = [];
}

// For methodologists in the browser console (and the browser/Node determinism test).
(window as unknown as { miniProcessFactory: unknown }).miniProcessFactory = createConsoleApi(levels);

const controller = new GameController();
// The game, or (by the address's #fragment) the lesson setup, a running lesson, joining one.
const shown = mountRoutes(root, controller, { levels, seed, rounds });
startAnimationLoop(shown);
// Works offline after the first visit (served site only; never in dev or from file://).
startOfflineSupport();
