/**
 * Reading a projection ("the next six months if nothing changes"): when a designation that qualifies now first
 * stops qualifying, and when it would have no qualifying month left in its six-month qualification window
 * (RULES.md §7.3: the window is the scoring month and the five before it).
 */
import type { DesignationId } from './types';

export interface MonthScores {
  month: string;
  scores: Partial<Record<DesignationId, { score: number; qualified: boolean }>>;
}

export interface ProjectedDrop {
  designation: DesignationId;
  /** The first month ahead in which it does not qualify. */
  month: string;
  scoreNow: number;
  scoreThen: number;
}

export interface WindowFallOut {
  designation: DesignationId;
  /** The first month whose window holds no qualifying month. */
  month: string;
}

const WINDOW = 6;

/**
 * `months`: the window ending in the scoring month (oldest first, the scoring month last of those), then the
 * projected months. Designations that do not qualify now have no drop (they are already below).
 */
export function readProjection(months: MonthScores[], scoringMonth: string): { drops: ProjectedDrop[]; fallsOut: WindowFallOut[] } {
  const now = months.findIndex((m) => m.month === scoringMonth);
  if (now < 0) throw new Error(`the projection does not contain the scoring month ${scoringMonth}`);
  const ids = Object.keys(months[now]!.scores) as DesignationId[];
  const drops: ProjectedDrop[] = [];
  const fallsOut: WindowFallOut[] = [];
  for (const id of ids) {
    const current = months[now]!.scores[id]!;
    if (current.qualified) {
      const first = months.slice(now + 1).find((m) => m.scores[id] && !m.scores[id].qualified);
      if (first) drops.push({ designation: id, month: first.month, scoreNow: current.score, scoreThen: first.scores[id]!.score });
    }
    // Only a designation with a qualifying month in today's window can fall out of it.
    const windowNow = months.slice(Math.max(0, now - WINDOW + 1), now + 1);
    if (!windowNow.some((m) => m.scores[id]?.qualified)) continue;
    for (let k = now + 1; k < months.length; k++) {
      const window = months.slice(Math.max(0, k - WINDOW + 1), k + 1);
      if (!window.some((m) => m.scores[id]?.qualified)) {
        fallsOut.push({ designation: id, month: months[k]!.month });
        break;
      }
    }
  }
  return { drops, fallsOut };
}
