/** Balance search over a level's improvement cards (pure; for level designers, the CLI and tests). */
export {
  balance,
  gainOf,
  planMetrics,
  playOrder,
  type BalanceOptions,
  type BalanceReport,
  type CardReport,
  type DecayReport,
  type Gain,
  type PlanFigures,
} from './balance';
