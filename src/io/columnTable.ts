/**
 * The rows of one monthly kind (Azure, Microsoft 365, Business Applications revenue and usage) as columns
 * (issue 9): each text cell is an integer id into a dictionary shared by the import's tables, each number a
 * Float64. A row object exists only while it is read, so a million loaded rows cost ~30 bytes each, not the
 * ~110 of a retained object, and the collector has nothing to trace. The engine reads a table through
 * `RowList` (src/engine/types.ts), the same way it reads an array.
 */
import type { RowColumns, RowList } from '../engine/types';

/**
 * One flat copy of each distinct text, numbered in order of first sight. A parsed cell is a slice of the chunk it
 * came from, and keeping it would keep the whole chunk; rows also repeat the same tenant ids, months and names.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    // A parsed cell is a slice of its chunk: split + join makes a flat copy that keeps no chunk alive.
    const copy = text.split('').join('');
    const id = this.values.push(copy) - 1;
    this.ids.set(copy, id);
    return id;
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

  constructor(
    readonly columns: readonly Column[],
    readonly dictionary: Dictionary,
    private readonly read: RowReader<T>,
    capacity = 1024,
  ) {
    this.data = columns.map((c) => (c.text ? new Int32Array(capacity) : new Float64Array(capacity)));
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
    for (let c = 0; c < this.columns.length; c++) this.data[c]![at] = this.columns[c]!.text ? texts[c]! : numbers[c]!;
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
