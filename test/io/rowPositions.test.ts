import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowPositions } from '../../src/io/rowPositions';

describe('RowPositions: where a row was first seen (exact duplicates, FORMATS.md)', () => {
  it('answers -1 for a new row and the first position for a repeat, across growth', () => {
    const seen = new RowPositions(16);
    // 10,000 distinct rows force the 16-slot table to double 10 times (16 → 32,768 slots at half full).
    for (let i = 0; i < 10_000; i++) expect(seen.firstOrAdd(['tenant-' + i, '2026-10', '5'], 2 ** 32 + i)).toBe(-1);
    expect(seen.size).toBe(10_000);
    for (let i = 0; i < 10_000; i++) expect(seen.firstOrAdd(['tenant-' + i, '2026-10', '5'], 99)).toBe(2 ** 32 + i);
    expect(seen.size).toBe(10_000);
  });

  it('cells are separated: "ab","c" is not "a","bc"; order and empty cells matter', () => {
    const seen = new RowPositions();
    expect(seen.firstOrAdd(['ab', 'c'], 1)).toBe(-1);
    expect(seen.firstOrAdd(['a', 'bc'], 2)).toBe(-1);
    expect(seen.firstOrAdd(['c', 'ab'], 3)).toBe(-1);
    expect(seen.firstOrAdd(['ab', 'c', ''], 4)).toBe(-1);
    expect(seen.firstOrAdd(['ab', 'c'], 5)).toBe(1);
  });

  it('hashes that differ in only one half are told apart (both halves compared while probing)', () => {
    const seen = new RowPositions(16);
    // 1,000 hashes with the same low half and 1,000 with the same high half: in a table of at most 4,096 slots
    // their probe runs meet, so comparing one half only would answer an earlier position.
    // Scattered values (xorshift32): an arithmetic sequence would fall into distinct slots and never probe.
    let state = 2463534242;
    const next = () => ((state ^= state << 13), (state ^= state >>> 17), (state ^= state << 5), state | 0);
    const values = Array.from({ length: 1000 }, next);
    values.forEach((value, i) => expect(seen.firstOrAddHash(value, 7, i)).toBe(-1));
    values.forEach((value, i) => expect(seen.firstOrAddHash(7, value, 1000 + i)).toBe(-1));
    values.forEach((value, i) => expect(seen.firstOrAddHash(value, 7, 0)).toBe(i));
    values.forEach((value, i) => expect(seen.firstOrAddHash(7, value, 0)).toBe(1000 + i));
  });

  it('keeps the largest position exactly (file index × 2^32 + row)', () => {
    const seen = new RowPositions();
    const last = 2 ** 53 - 2;
    expect(seen.firstOrAdd(['x'], last)).toBe(-1);
    expect(seen.firstOrAdd(['x'], 0)).toBe(last);
    expect(seen.firstOrAdd(['y'], 0)).toBe(-1);
    expect(seen.firstOrAdd(['y'], 1)).toBe(0);
  });

  it('agrees with a Map of the joined cells on any sequence of rows', () => {
    const cells = fc.array(fc.string({ maxLength: 3, unit: fc.constantFrom('a', 'b', ',', '', 'é', '\u0000') }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 300 }), (rows) => {
        const seen = new RowPositions(16);
        const reference = new Map<string, number>();
        rows.forEach((row, position) => {
          const key = JSON.stringify(row);
          const expected = reference.get(key) ?? -1;
          if (expected === -1) reference.set(key, position);
          expect(seen.firstOrAdd(row, position)).toBe(expected);
        });
        expect(seen.size).toBe(reference.size);
      }),
      { numRuns: 200 },
    );
  });

  it('forgets the rows of a file read again, and only those; reserving room changes no answer', () => {
    const seen = new RowPositions(16);
    const first = 3 * 2 ** 32,
      second = 4 * 2 ** 32;
    for (let i = 0; i < 500; i++) expect(seen.firstOrAdd(['a' + i], first + i)).toBe(-1);
    seen.reserve(10_000);
    for (let i = 0; i < 500; i++) expect(seen.firstOrAdd(['b' + i], second + i)).toBe(-1);
    seen.forgetFrom(second);
    expect(seen.size).toBe(500);
    // The second file's rows are new again; the first file's are still where they were first seen.
    for (let i = 0; i < 500; i++) expect(seen.firstOrAdd(['b' + i], 5 * 2 ** 32 + i)).toBe(-1);
    for (let i = 0; i < 500; i++) expect(seen.firstOrAdd(['a' + i], 0)).toBe(first + i);
  });

  it('rows kept near each other (the rows of one tenant) are still told apart and found, across growth', () => {
    const seen = new RowPositions(16);
    // 3,000 rows of 3 tenants, 1,000 each: far more than the 1,024 slots a tenant's probes start in.
    for (let i = 0; i < 3000; i++) expect(seen.firstOrAddHash(i * 7919, i, i, i % 3)).toBe(-1);
    for (let i = 0; i < 3000; i++) expect(seen.firstOrAddHash(i * 7919, i, 0, i % 3)).toBe(i);
    // The same hash under another tenant is another row (its tenant is one of its cells).
    expect(seen.firstOrAddHash(7919, 1, 5000, 2)).toBe(-1);
  });
});
