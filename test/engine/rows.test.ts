/** Row lists end to end (src/engine/rows.ts): what a scenario's merge and the risk view's months ahead read. */
import { describe, expect, it } from 'vitest';
import { concatRows } from '../../src/engine/rows';

describe('concatRows', () => {
  it('reads each list in turn, counts them all, and filters and maps across them', () => {
    const joined = concatRows<number>([1, 2], [], [3], [4, 5, 6]);
    expect(joined).toHaveLength(6); // 2 + 0 + 1 + 3
    expect(Array.from(joined)).toEqual([1, 2, 3, 4, 5, 6]);
    // Read twice: a chain is not used up by reading it.
    expect(Array.from(joined)).toEqual([1, 2, 3, 4, 5, 6]);
    const even = joined.filter((n) => n % 2 === 0);
    expect(even).toHaveLength(3);
    expect(Array.from(even)).toEqual([2, 4, 6]);
    expect(Array.from(joined.map((n) => n * 10))).toEqual([10, 20, 30, 40, 50, 60]);
    expect(Array.from(concatRows(joined, [7]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
