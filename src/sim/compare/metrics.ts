/**
 * The figures a plan comparison reports, each with the direction that counts as better and
 * the kind of quantity it is (so the UI can choose its unit). Read from a round's metrics.
 */
import { WASTES, type Waste } from '../level/schema';
import type { RoundMetrics } from '../metrics/round-metrics';

export type MetricId = 'leadTimeMean' | 'leadTimeP90' | 'totalWaste' | 'valueMeasure' | 'throughput' | `waste.${Waste}`;

/** seconds; person- (or document-) minutes; a share 0–1; units per hour */
export type MetricKind = 'duration' | 'wasteMinutes' | 'share' | 'perHour';

export interface MetricDef {
  id: MetricId;
  kind: MetricKind;
  /** which way is better */
  better: 'lower' | 'higher';
}

/** Always reported, in this order; the biggest waste buckets follow them. */
export const HEADLINE_METRICS: readonly MetricDef[] = [
  { id: 'leadTimeMean', kind: 'duration', better: 'lower' },
  { id: 'leadTimeP90', kind: 'duration', better: 'lower' },
  { id: 'totalWaste', kind: 'wasteMinutes', better: 'lower' },
  { id: 'valueMeasure', kind: 'share', better: 'higher' },
  { id: 'throughput', kind: 'perHour', better: 'higher' },
];

export function wasteMetric(waste: Waste): MetricDef {
  return { id: `waste.${waste}`, kind: 'wasteMinutes', better: 'lower' };
}

/** The figures of one round that a comparison keeps: every headline metric and every waste bucket. */
export type MetricSample = Record<MetricId, number>;

export function sampleOf(m: RoundMetrics): MetricSample {
  const sample = {
    leadTimeMean: m.leadTime.mean,
    leadTimeP90: m.leadTime.p90,
    totalWaste: m.totalWasteMinutes,
    valueMeasure: m.valueMeasure.value,
    throughput: m.throughputPerHour,
  } as MetricSample;
  for (const w of WASTES) sample[`waste.${w}`] = m.waste[w];
  return sample;
}
