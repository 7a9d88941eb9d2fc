/** The one-line state of the six designations (small and pure: the page's first screen imports it). */
import type { DesignationId, DesignationResult } from './types';

export interface QualificationSummary {
  qualified: number;
  total: number;
  /** The designation nearest to qualifying: fewest points short of the minimum total, then fewest metrics below their minimum. */
  closestMiss?: { id: DesignationId; name: string; score: number; pointsShort: number; metricsBelowMinimum: string[] };
}

/** RULES.md §1.1: qualified = total ≥ 70 and at least 1 point in every metric of the path that counts. */
export function qualificationSummary(designations: DesignationResult[], minTotal: number): QualificationSummary {
  const misses = designations
    .filter((d) => !d.qualified)
    .map((d) => ({
      id: d.id,
      name: d.name,
      score: d.score,
      pointsShort: Math.max(0, Math.round((minTotal - d.score) * 100) / 100),
      metricsBelowMinimum: d.paths
        .find((p) => p.path === d.path)!
        .metrics.filter((m) => !m.meetsMinimum)
        .map((m) => m.label),
    }))
    .sort((a, b) => a.pointsShort - b.pointsShort || a.metricsBelowMinimum.length - b.metricsBelowMinimum.length || b.score - a.score);
  return { qualified: designations.length - misses.length, total: designations.length, ...(misses[0] ? { closestMiss: misses[0] } : {}) };
}
