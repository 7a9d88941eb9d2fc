/**
 * num() skips Intl for small whole numbers (a speed path); it must read exactly as Intl's en-US text everywhere,
 * including the edges of that path and minus zero.
 */
import { describe, expect, it } from 'vitest';
import { num } from '../../src/engine/measures/context';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

describe('num', () => {
  it('reads as Intl en-US with at most 2 decimals, inside and outside the whole-number path', () => {
    for (const n of [0, -0, 1, -1, 7, 999, -999, 1000, -1000, 1234, 12345.678, 0.5, 2.005, -3.25, 999.5, 1e9]) expect(num(n)).toBe(intl.format(n));
  });

  it('groups thousands and keeps 2 decimals: 1,000 and 1,234.57', () => {
    expect(num(1000)).toBe('1,000');
    expect(num(1234.567)).toBe('1,234.57');
  });
});
