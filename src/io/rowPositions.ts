/**
 * Where each distinct row was first seen, for exact-duplicate detection (FORMATS.md: counted once and reported).
 *
 * A row is known by a 64-bit hash of its trimmed cells (two 32-bit halves), not by its text: a million retained
 * strings would cost more than the parse. The monthly kinds hash their text cells' dictionary ids instead of
 * those cells' characters (the same text has the same id), through `firstOrAddHash` (src/io/import.ts). Two different rows share a hash with probability about n² / 2^65
 * (3e-8 for a million rows); such a row would be reported as a duplicate, never dropped silently.
 *
 * An open-addressing table over typed arrays (linear probing, doubled at half full): no object or boxed number
 * per row, so it costs no garbage collection and stays linear in rows (issue 9: a `Map` of row keys was
 * ~0.45 s of a 1.1M-row import and grew worse than linearly).
 */
export class RowPositions {
  private hashHigh: Int32Array;
  private hashLow: Int32Array;
  /** Position + 1 (0 marks an empty slot). */
  private positions: Float64Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.hashHigh = new Int32Array(capacity);
    this.hashLow = new Int32Array(capacity);
    this.positions = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Where a row with these cells was first seen, or -1 after recording `position` for it. Positions are whole
   * numbers in [0, 2^53 - 2].
   */
  firstOrAdd(cells: readonly string[], position: number): number {
    // Two 32-bit FNV-1a-style hashes (different offsets and mixing); each cell is ended by a separator.
    let a = 0x811c9dc5,
      b = 0x01000193 ^ 0x5bd1e995;
    for (const cell of cells) {
      for (let i = 0; i < cell.length; i++) {
        const c = cell.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
      }
      a = Math.imul(a ^ 0x1f, 0x01000193);
      b = Math.imul(b ^ 0x1f, 0x01000193) ^ (b >>> 13);
    }
    return this.firstOrAddHash(a, b, position);
  }

  /** `firstOrAdd` for a hash already computed (tests use it to make two rows collide). */
  firstOrAddHash(high: number, low: number, position: number): number {
    if (2 * (this.count + 1) > this.positions.length) this.grow();
    const slot = this.slotOf(high | 0, low | 0);
    const stored = this.positions[slot]!;
    if (stored !== 0) return stored - 1;
    this.put(slot, high | 0, low | 0, position);
    return -1;
  }

  /** The slot holding this hash, or the empty slot where it belongs. */
  private slotOf(high: number, low: number): number {
    let slot = (Math.imul(high ^ (low >>> 16), 0x9e3779b1) ^ low) & this.mask;
    while (this.positions[slot] !== 0 && (this.hashHigh[slot] !== high || this.hashLow[slot] !== low)) slot = (slot + 1) & this.mask;
    return slot;
  }

  private put(slot: number, high: number, low: number, position: number): void {
    this.hashHigh[slot] = high;
    this.hashLow[slot] = low;
    this.positions[slot] = position + 1;
    this.count++;
  }

  private grow(): void {
    const { hashHigh, hashLow, positions } = this;
    const capacity = positions.length * 2;
    this.hashHigh = new Int32Array(capacity);
    this.hashLow = new Int32Array(capacity);
    this.positions = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    for (let i = 0; i < positions.length; i++) {
      if (positions[i] !== 0) this.put(this.slotOf(hashHigh[i]!, hashLow[i]!), hashHigh[i]!, hashLow[i]!, positions[i]! - 1);
    }
  }
}
