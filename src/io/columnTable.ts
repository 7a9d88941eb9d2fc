/**
 * The rows of one monthly kind (Azure, Microsoft 365, Business Applications revenue and usage) as columns
 * (issue 9): each text cell is an integer id into a dictionary shared by the import's tables, each number a
 * Float64. A row object exists only while it is read, so a million loaded rows cost ~30 bytes each, not the
 * ~110 of a retained object, and the collector has nothing to trace. The engine reads a table through
 * `RowList` (src/engine/types.ts), the same way it reads an array.
 */
import type { RowColumns, RowList } from '../engine/types';
import { asciiText } from './csvBytes';

/**
 * One flat copy of each distinct text, numbered in order of first sight. A parsed cell is a slice of the chunk it
 * came from, and keeping it would keep the whole chunk; rows also repeat the same tenant ids, months and names.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  /** For `idOfBytes`: four int32 per slot (id + 1, 0 when empty; the hash; where its bytes are in `arena`; their length). */
  private byteSlots = new Int32Array(4 * 1024);
  private byteCount = 0;
  private arena = new Uint8Array(1 << 14);
  private arenaUsed = 0;
  /** Per id, where its bytes start in `arena` (-1: not there). */
  private arenaStart = new Int32Array(1024).fill(-1);

  id(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    // A parsed cell is a slice of its chunk: split + join makes a flat copy that keeps no chunk alive.
    const copy = text.split('').join('');
    const id = this.values.push(copy) - 1;
    this.ids.set(copy, id);
    return id;
  }

  /**
   * The id of the text in `bytes[start, end)` when it is ASCII, else -1 (src/io/csvBytes.ts), found without
   * making a string: an open-addressing table of byte hashes beside the map, each slot pointing at a copy of
   * its bytes. `likely` (the row above's id) is compared first: rows repeat their tenant, month and association.
   */
  idOfBytes(bytes: Uint8Array, start: number, end: number, likely = -1): number {
    if (this.isBytesOf(likely, bytes, start, end)) return likely;
    let hash = 0x811c9dc5,
      bits = 0;
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      bits |= c;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    if (bits >= 0x80) return -1;
    const length = end - start;
    const slots = this.byteSlots,
      arena = this.arena,
      mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    for (;;) {
      const at = slot << 2;
      if (slots[at] === 0) break;
      if (slots[at + 1] === hash && slots[at + 3] === length) {
        const from = slots[at + 2]!;
        let i = 0;
        while (i < length && arena[from + i] === bytes[start + i]) i++;
        if (i === length) return slots[at]! - 1;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.id(asciiText(bytes, start, end));
    if (this.arenaUsed + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    if (id >= this.arenaStart.length) {
      const grown = new Int32Array(Math.max(id + 1, this.arenaStart.length * 2)).fill(-1);
      grown.set(this.arenaStart);
      this.arenaStart = grown;
    }
    this.arenaStart[id] = this.arenaUsed;
    const at = slot << 2;
    slots[at] = id + 1;
    slots[at + 1] = hash;
    slots[at + 2] = this.arenaUsed;
    slots[at + 3] = length;
    this.arenaUsed += length;
    if (2 * ++this.byteCount > slots.length >> 2) this.growByteSlots();
    return id;
  }

  /** Whether `bytes[start, end)` is the text of `id`, as `idOfBytes` saw it (false for an id it never gave). */
  isBytesOf(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = id >= 0 && id < this.arenaStart.length ? this.arenaStart[id]! : -1;
    if (from < 0 || this.values[id]!.length !== end - start) return false;
    const arena = this.arena;
    for (let i = start; i < end; i++) if (arena[from + i - start] !== bytes[i]) return false;
    return true;
  }

  private growByteSlots(): void {
    const old = this.byteSlots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      let slot = old[at + 1]! & mask;
      while (slots[slot << 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + 4), slot << 2);
    }
    this.byteSlots = slots;
  }

  /** The one flat copy of `text` (for cells kept as strings: the kinds that are not tables). */
  intern(text: string): string {
    return this.values[this.id(text)]!;
  }
}

export interface Column {
  /** The row property the column holds. */
  prop: string;
  /** Text (dictionary ids; -1 when the row has none) or a number (NaN when the row has none). */
  text: boolean;
}

const NONE = -1;

/**
 * Makes the row object at an index from the table's cells, one literal per kind: a generic loop that adds
 * properties by name is about 8 times slower to read a million rows through.
 */
export type RowReader<T extends object> = (table: ColumnTable<T>, index: number) => T;

export class ColumnTable<T extends object> implements RowList<T> {
  private data: (Int32Array | Float64Array)[];
  private count = 0;
  private readonly isText: Uint8Array;

  constructor(
    readonly columns: readonly Column[],
    readonly dictionary: Dictionary,
    private readonly read: RowReader<T>,
    capacity = 1024,
  ) {
    this.data = columns.map((c) => (c.text ? new Int32Array(capacity) : new Float64Array(capacity)));
    this.isText = Uint8Array.from(columns, (c) => (c.text ? 1 : 0));
  }

  get length(): number {
    return this.count;
  }

  /** Adds a row; a property that is absent (or undefined) is stored as "none" and read back as absent. */
  push(row: Readonly<Record<string, unknown>>): void {
    if (this.count === this.data[0]!.length) this.resize(Math.max(16, this.count * 2));
    const at = this.count++;
    for (let c = 0; c < this.columns.length; c++) {
      const { prop, text } = this.columns[c]!;
      const value = row[prop];
      if (text) (this.data[c] as Int32Array)[at] = value === undefined ? NONE : this.dictionary.id(value as string);
      else (this.data[c] as Float64Array)[at] = value === undefined ? NaN : (value as number);
    }
  }

  /** Adds a row given as cells: per column, a dictionary id (-1: none) or a number (NaN: none), by column position. */
  pushCells(texts: Int32Array, numbers: Float64Array): void {
    if (this.count === this.data[0]!.length) this.resize(Math.max(16, this.count * 2));
    const at = this.count++;
    const data = this.data;
    for (let c = 0; c < data.length; c++) data[c]![at] = this.isText[c] ? texts[c]! : numbers[c]!;
  }

  /** The row at `index` as a new object. */
  at(index: number): T {
    return this.read(this, index);
  }

  /** The text in a cell, or undefined when the row has none. */
  text(column: number, index: number): string | undefined {
    const id = this.data[column]![index]!;
    return id === NONE ? undefined : this.dictionary.values[id];
  }

  /** The number in a cell, or undefined when the row has none. */
  number(column: number, index: number): number | undefined {
    const value = this.data[column]![index]!;
    return Number.isNaN(value) ? undefined : value;
  }

  /** The columns themselves (views, not copies), for the engine's prepare. */
  asColumns(): RowColumns {
    const column = (prop: string, text: boolean) => {
      const c = this.columns.findIndex((col) => col.prop === prop && col.text === text);
      return c < 0 ? undefined : this.data[c]!.subarray(0, this.count);
    };
    return {
      length: this.count,
      texts: this.dictionary.values,
      text: (prop) => column(prop, true) as Int32Array | undefined,
      number: (prop) => column(prop, false) as Float64Array | undefined,
    };
  }

  [Symbol.iterator](): Iterator<T> {
    return new RowIterator(this);
  }

  filter(keep: (row: T) => boolean): ColumnTable<T> {
    const out = this.empty();
    for (let i = 0; i < this.count; i++) if (keep(this.at(i))) out.copyRow(this, i);
    return out;
  }

  map(change: (row: T) => T): ColumnTable<T> {
    const out = this.empty();
    for (let i = 0; i < this.count; i++) out.push(change(this.at(i)) as Record<string, unknown>);
    return out;
  }

  /** Appends every row of `other` (a table of the same columns and dictionary) by copying its cells. */
  append(other: ColumnTable<T>): void {
    if (other.dictionary !== this.dictionary) throw new Error('append: the tables do not share their dictionary');
    if (other.columns !== this.columns) throw new Error('append: the tables do not share their columns');
    if (other.read !== this.read) throw new Error('append: the tables do not share their reader');
    const needed = this.count + other.count;
    if (needed > this.data[0]!.length) this.resize(Math.max(needed, this.count * 2));
    for (let c = 0; c < this.data.length; c++) this.data[c]!.set(other.data[c]!.subarray(0, other.count), this.count);
    this.count = needed;
  }

  /** Drops the rows from `length` on (a file read again from its start: src/io/import.ts). */
  truncate(length: number): void {
    this.count = Math.min(this.count, length);
  }

  /** Gives back the unused capacity (once a file is read through, the table only grows by whole files). */
  trim(): this {
    if (this.count < this.data[0]!.length) this.resize(Math.max(1, this.count));
    return this;
  }

  private empty(): ColumnTable<T> {
    return new ColumnTable<T>(this.columns, this.dictionary, this.read, Math.max(16, this.count));
  }

  /** Into a table made by `empty()`, which has room for every row of the table filtered. */
  private copyRow(from: ColumnTable<T>, index: number): void {
    for (let c = 0; c < this.data.length; c++) this.data[c]![this.count] = from.data[c]![index]!;
    this.count++;
  }

  private resize(capacity: number): void {
    this.data = this.data.map((column) => {
      const next = column instanceof Int32Array ? new Int32Array(capacity) : new Float64Array(capacity);
      next.set(column.subarray(0, Math.min(this.count, capacity)));
      return next;
    });
  }
}

/** A plain iterator (a generator is about twice as slow to step through a million rows). */
class RowIterator<T extends object> implements Iterator<T> {
  private index = 0;
  constructor(private readonly table: ColumnTable<T>) {}
  next(): IteratorResult<T> {
    if (this.index >= this.table.length) return { done: true, value: undefined };
    return { done: false, value: this.table.at(this.index++) };
  }
}
