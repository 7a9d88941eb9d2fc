/**
 * Exact points. RULES.md §1.2 and AMB-01: points are exact fractions (15/7, 40/6, 30/1000 per user) summed
 * exactly and compared with 70 exactly; they are rounded only for display (AMB-65: half-up to 2 decimals).
 * fraction.js does the arithmetic; results leave the engine as plain numbers plus an `n/d` string so they
 * survive structured cloning into and out of the worker.
 */
import Fraction from 'fraction.js';

/** Half-up rounding to 2 decimals (AMB-65), computed on the exact value so 14.995 never becomes 14.99. */
export function round2(value: Fraction): number {
  const hundredths = value.mul(100).add(new Fraction(1, 2)).floor();
  return Number(hundredths.valueOf()) / 100;
}

/** `n/d` (or `n` for whole numbers): the exact value in a clone-safe form. */
export function exactText(value: Fraction): string {
  return value.toFraction();
}
