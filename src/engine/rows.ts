/**
 * Row lists end to end without copying them: a scenario's added rows after the loaded ones, the risk view's
 * months carried forward after the data. Reading a million loaded rows into one array would make an object per
 * row of a column table (src/io/columnTable.ts); a chain reads each list in turn.
 */
import type { RowList } from './types';

export function concatRows<T>(...lists: RowList<T>[]): RowList<T> {
  return {
    length: lists.reduce((sum, list) => sum + list.length, 0),
    *[Symbol.iterator]() {
      for (const list of lists) yield* list;
    },
    filter: (keep) => concatRows(...lists.map((list) => list.filter(keep))),
    map: (change) => concatRows(...lists.map((list) => list.map(change))),
  };
}
