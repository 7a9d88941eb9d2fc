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
  /**
   * Two int32 per slot: the hash's high half and the row's number + 1 (0: an empty slot). A probe reads one
   * cache line; the low half, checked only when the high half matches, and the position are kept by row
   * number, written in order (issue 9: three arrays probed at random were a fifth of a byte-path import).
   */
  private slots: Int32Array;
  private mask: number;
  private highs = new Int32Array(1024);
  private nears = new Int32Array(1024);
  private lows = new Int32Array(1024);
  private positions = new Float64Array(1024);
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Makes room for `rows` more rows at once, so the table is not rebuilt as it fills. */
  reserve(rows: number): void {
    let capacity = this.mask + 1;
    while (2 * (this.count + rows) > capacity) capacity *= 2;
    if (capacity > this.mask + 1) this.rebuild(capacity, this.count);
    this.room(this.count + rows);
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

  /**
   * `firstOrAdd` for a hash already computed (tests use it to make two rows collide). Rows with the same `near`
   * (the import gives the row's tenant) start their probes within 1,024 slots of each other: a file's rows come
   * tenant by tenant, so its probes stay in a few cache lines instead of the whole table (16 MB at a million rows).
   */
  firstOrAddHash(high: number, low: number, position: number, near = high): number {
    high |= 0;
    low |= 0;
    near |= 0;
    if (2 * (this.count + 1) > this.mask + 1) this.rebuild((this.mask + 1) * 2, this.count);
    const slots = this.slots,
      lows = this.lows;
    let slot = startSlot(near, low, this.mask);
    for (;;) {
      const row = slots[2 * slot + 1]!;
      if (row === 0) break;
      if (slots[2 * slot] === high && lows[row - 1] === low) return this.positions[row - 1]!;
      slot = (slot + 1) & this.mask;
    }
    const row = this.count++;
    this.room(row + 1);
    this.highs[row] = high;
    this.lows[row] = low;
    this.nears[row] = near;
    this.positions[row] = position;
    slots[2 * slot] = high;
    slots[2 * slot + 1] = row + 1;
    return -1;
  }

  /** Forgets every row recorded at `position` or later (a file read again from its start: src/io/import.ts). */
  forgetFrom(position: number): void {
    // Positions only grow (file index × 2^32 + row), so those to forget are the last rows recorded.
    let keep = this.count;
    while (keep > 0 && this.positions[keep - 1]! >= position) keep--;
    this.rebuild(this.mask + 1, keep);
  }

  /** Room in the by-row arrays for `rows` rows. */
  private room(rows: number): void {
    if (rows <= this.highs.length) return;
    const length = Math.max(rows, this.highs.length * 2);
    const grow = <A extends Int32Array | Float64Array>(from: A, to: A): A => (to.set(from), to);
    this.highs = grow(this.highs, new Int32Array(length));
    this.nears = grow(this.nears, new Int32Array(length));
    this.lows = grow(this.lows, new Int32Array(length));
    this.positions = grow(this.positions, new Float64Array(length));
  }

  /** A table of `capacity` slots holding the first `rows` rows recorded. */
  private rebuild(capacity: number, rows: number): void {
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let row = 0; row < rows; row++) {
      const high = this.highs[row]!;
      let slot = startSlot(this.nears[row]!, this.lows[row]!, mask);
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = high;
      slots[2 * slot + 1] = row + 1;
    }
    this.slots = slots;
    this.mask = mask;
    this.count = rows;
  }
}

/** Where a row's probe starts: its `near` picks a region, the low half of its hash a slot within 1,024. */
const startSlot = (near: number, low: number, mask: number): number => (Math.imul(near, 0x9e3779b1) + (low & 1023)) & mask;
