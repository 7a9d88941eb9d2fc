/**
 * CSV records straight from UTF-8 bytes (issue 9): the cells of each record as byte ranges, so a monthly file's
 * text cells become dictionary ids and its numbers values without a string per cell. papaparse decoded and split
 * the text into ~6 strings a row, which was most of an import.
 *
 * It splits exactly as papaparse does with the same delimiter and line break (test/io/csvBytes.test.ts compares
 * the two on generated files): a quote opens a quoted field only at the start of a field; `""` inside one is a
 * quote; after the closing quote, spaces may come before the delimiter or line break. Anything papaparse would
 * call malformed (a quoted field not closed, text after its closing quote) is reported as `malformed`, and the
 * caller reads the file with papaparse instead, so malformed files get papaparse's own messages.
 */
const QUOTE = 0x22;
const EMPTY = new Uint8Array(0);
const INCOMPLETE = -1;
const MALFORMED = -2;

/** The bytes JavaScript's `trim()` removes that are ASCII: tab, line feed, vertical tab, form feed, return, space. */
export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Whether `bytes[start, end)` is all ASCII. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The text of ASCII bytes (each byte one character), made without a decoder: cells are short. */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

export type PushOutcome = 'ok' | 'stopped' | 'malformed';

export class ByteRecords {
  /** The current record's cells: byte offsets in `bytes` (inside the quotes of a quoted cell). */
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  /** 1 for a quoted cell with `""` in it: its text needs the pairs made single (see `text`). */
  escapes = new Uint8Array(32);
  count = 0;
  /** Some cell of the current record has escapes. */
  escaped = false;
  /** The bytes the current record's offsets point into. */
  bytes: Uint8Array = EMPTY;
  /** The start of a record that the last chunk ended inside. */
  private carry: Uint8Array = EMPTY;
  private readonly delimiter: number;
  private readonly lineBreak: number;
  /** The second byte of a `\r\n` line break; -1 for `\n` or `\r`. */
  private readonly lineBreakNext: number;
  private readonly lineBreakLength: number;
  /** The largest of the delimiter and the line break's first byte: a byte above it ends no field. */
  private readonly special: number;
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  /** `delimiter` and `lineBreak` as papaparse settled them (one ASCII character; `\n`, `\r` or `\r\n`). */
  constructor(delimiter: string, lineBreak: string) {
    this.delimiter = delimiter.charCodeAt(0);
    this.lineBreak = lineBreak.charCodeAt(0);
    this.lineBreakNext = lineBreak.length > 1 ? lineBreak.charCodeAt(1) : -1;
    this.lineBreakLength = lineBreak.length;
    this.special = Math.max(this.delimiter, this.lineBreak);
  }

  /**
   * Splits the bytes that follow those pushed before into records, calling `onRecord` after each complete one
   * (it returns false to stop). A record the chunk ends inside waits for the next push; `final` ends the last.
   */
  push(chunk: Uint8Array, final: boolean, onRecord: () => boolean): PushOutcome {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    this.bytes = bytes;
    const length = bytes.length;
    let at = 0;
    while (at < length) {
      const next = this.record(bytes, at, length, final);
      if (next === INCOMPLETE) break;
      if (next === MALFORMED) return 'malformed';
      at = next;
      if (!onRecord()) return 'stopped';
    }
    // A copy, so the chunk it came from can be collected.
    this.carry = at < length ? bytes.slice(at) : EMPTY;
    return 'ok';
  }

  /** The current record's cells as papaparse gives them. */
  texts(): string[] {
    const cells: string[] = [];
    for (let c = 0; c < this.count; c++) cells.push(this.text(c));
    return cells;
  }

  /** The text of the current record's cell `c`, as papaparse gives it. */
  text(c: number): string {
    const start = this.starts[c]!,
      end = this.ends[c]!;
    const text = end - start <= 64 && isAscii(this.bytes, start, end) ? asciiText(this.bytes, start, end) : this.utf8.decode(this.bytes.subarray(start, end));
    return this.escapes[c] ? text.replace(/""/g, '"') : text;
  }

  private cell(start: number, end: number, escapes: boolean): void {
    if (this.count === this.starts.length) {
      const grow = <A extends Int32Array | Uint8Array>(from: A, to: A): A => (to.set(from), to);
      this.starts = grow(this.starts, new Int32Array(this.count * 2));
      this.ends = grow(this.ends, new Int32Array(this.count * 2));
      this.escapes = grow(this.escapes, new Uint8Array(this.count * 2));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escapes[this.count++] = escapes ? 1 : 0;
    if (escapes) this.escaped = true;
  }

  /** Reads one record from `at`: the offset after it, INCOMPLETE (more bytes are needed) or MALFORMED. */
  private record(bytes: Uint8Array, at: number, length: number, final: boolean): number {
    const delimiter = this.delimiter,
      lineBreak = this.lineBreak,
      lineBreakNext = this.lineBreakNext,
      special = this.special;
    this.count = 0;
    this.escaped = false;
    for (;;) {
      if (at < length && bytes[at] === QUOTE) {
        // A quoted field: to the quote not doubled; papaparse takes a quote that ends the input as closing.
        let close = at + 1;
        let escapes = false;
        for (;;) {
          close = bytes.indexOf(QUOTE, close);
          if (close === -1) return final ? MALFORMED : INCOMPLETE;
          // Not doubled (a quote that ends the bytes is followed by none).
          if (bytes[close + 1] !== QUOTE) break;
          escapes = true;
          close += 2;
        }
        if (close === length - 1) {
          if (!final) return INCOMPLETE;
          this.cell(at + 1, close, escapes);
          return length;
        }
        // Spaces may follow the closing quote; then the delimiter or the line break must.
        let after = close + 1;
        for (; after < length; after++) {
          const c = bytes[after]!;
          if (c === delimiter) break;
          if (c === lineBreak && (lineBreakNext < 0 || bytes[after + 1] === lineBreakNext)) break;
          if (!isSpace(c)) return MALFORMED;
        }
        if (after === length) return final ? MALFORMED : INCOMPLETE;
        this.cell(at + 1, close, escapes);
        if (bytes[after] === delimiter) {
          at = after + 1;
          continue;
        }
        return after + this.lineBreakLength;
      }
      // An unquoted field: to the next delimiter or line break.
      let end = at;
      for (; end < length; end++) {
        const c = bytes[end]!;
        if (c > special) continue;
        if (c === delimiter) break;
        // A `\r` that ends the bytes so far is content, or the record is INCOMPLETE below and read again.
        if (c === lineBreak && (lineBreakNext < 0 || bytes[end + 1] === lineBreakNext)) break;
      }
      if (end === length) {
        if (!final) return INCOMPLETE;
        this.cell(at, end, false);
        return length;
      }
      this.cell(at, end, false);
      if (bytes[end] === delimiter) {
        at = end + 1;
        continue;
      }
      return end + this.lineBreakLength;
    }
  }
}
