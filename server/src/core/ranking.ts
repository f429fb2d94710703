/**
 * The unified risk ranking: one 0.0-10.0 score for every finding, from the rule's impact,
 * likelihood and confidence, adjusted by context. Documented in docs/ranking.md; pinned by tests.
 */
import type { Band, Exposure, Level, Rank, RankStep } from './model';

export const IMPACT_POINTS: Record<Level, number> = { critical: 10, high: 8.5, medium: 6, low: 3 };
export const LIKELIHOOD_FACTOR: Record<Level, number> = { critical: 1.1, high: 1.0, medium: 0.85, low: 0.7 };
export const CONFIDENCE_FACTOR: Record<Level, number> = { critical: 1.0, high: 1.0, medium: 0.9, low: 0.75 };
export const EXPOSURE_DELTA: Record<Exposure, number> = { internet: 1.0, internal: 0, local: -1.0 };
export const TEST_CODE_FACTOR = 0.5;

export const BAND_FLOORS: readonly [Band, number][] = [
  ['critical', 9.0],
  ['high', 7.0],
  ['medium', 4.0],
  ['low', 0.1],
  ['info', 0],
];

export interface RankInput {
  impact: Level;
  likelihood: Level;
  confidence: Level;
  exposure?: Exposure;
}

export interface RankContext {
  /** The file is test code (tests, fixtures, examples of tests). */
  testCode: boolean;
  /** The environment whose path globs the file matched, with the points it adds. */
  environment?: { name: string; delta: number };
}

const round1 = (n: number): number => Math.round(n * 10 + 1e-9) / 10;
const clamp = (n: number): number => Math.min(10, Math.max(0, n));

export function bandOf(score: number): Band {
  for (const [band, floor] of BAND_FLOORS) if (score >= floor) return band;
  return 'info';
}

export function rank(input: RankInput, ctx: RankContext): Rank {
  const steps: RankStep[] = [];
  let score = IMPACT_POINTS[input.impact];
  steps.push({ factor: 'impact', detail: `${input.impact} impact: ${score} points`, score });
  score = clamp(score * LIKELIHOOD_FACTOR[input.likelihood]);
  steps.push({ factor: 'likelihood', detail: `${input.likelihood} likelihood: x${LIKELIHOOD_FACTOR[input.likelihood]}`, score: round1(score) });
  score *= CONFIDENCE_FACTOR[input.confidence];
  steps.push({ factor: 'confidence', detail: `${input.confidence} confidence: x${CONFIDENCE_FACTOR[input.confidence]}`, score: round1(score) });
  if (input.exposure) {
    const d = EXPOSURE_DELTA[input.exposure];
    score = clamp(score + d);
    steps.push({ factor: 'exposure', detail: `${input.exposure} exposure: ${d >= 0 ? '+' : ''}${d}`, score: round1(score) });
  }
  if (ctx.environment) {
    score = clamp(score + ctx.environment.delta);
    steps.push({ factor: 'environment', detail: `${ctx.environment.name} environment: ${ctx.environment.delta >= 0 ? '+' : ''}${ctx.environment.delta}`, score: round1(score) });
  }
  if (ctx.testCode) {
    score *= TEST_CODE_FACTOR;
    steps.push({ factor: 'test-code', detail: `test code: x${TEST_CODE_FACTOR}`, score: round1(score) });
  }
  const final = round1(clamp(score));
  return { score: final, band: bandOf(final), breakdown: steps };
}

/** Orders bands from most to least severe. */
export function bandIndex(b: Band): number {
  return ['critical', 'high', 'medium', 'low', 'info'].indexOf(b);
}

export function atLeast(b: Band, threshold: Band): boolean {
  return bandIndex(b) <= bandIndex(threshold);
}
