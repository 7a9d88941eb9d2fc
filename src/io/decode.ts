/**
 * Bytes → text, streaming. FORMATS.md: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode
 * text"). Without a BOM, NUL bytes in every other position mean UTF-16 (Excel without BOM); bytes that are not
 * valid UTF-8 fall back to Windows-1252, the usual Excel "CSV" encoding, so nothing is lost to U+FFFD.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = head.subarray(0, Math.min(head.length, 512));
  if (sample.length >= 4) {
    let evenZero = 0,
      oddZero = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    }
    const half = sample.length / 2;
    if (oddZero > half * 0.6 && evenZero === 0) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenZero > half * 0.6 && oddZero === 0) return { encoding: 'utf-16be', bomLength: 0 };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/** Raised for a file that is not text at all (an image, an archive, a workbook): it is reported, not parsed. */
export class NotTextError extends Error {}

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel .xlsx workbook is one: save it as CSV)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls workbook (save it as CSV)'],
];

/** What a file that is not text looks like, from its first bytes; null for text (UTF-16 NULs included). */
export function notText(head: Uint8Array, encoding: Encoding): string | null {
  for (const [magic, what] of SIGNATURES) if (magic.every((b, i) => head[i] === b)) return what;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const sample = head.subarray(0, Math.min(head.length, 1024));
  return sample.includes(0) ? 'a binary file (it has NUL bytes)' : null;
}

/** Decodes a byte stream to text chunks, sniffing the encoding from the first chunk. */
export async function* decodeChunks(source: AsyncIterable<Uint8Array>, onEncoding?: (encoding: Encoding) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of source) {
    let bytes = chunk;
    if (!decoder) {
      const { encoding, bomLength } = sniffEncoding(bytes);
      const binary = notText(bytes, encoding);
      if (binary) throw new NotTextError(`not a CSV/text file: it looks like ${binary}`);
      onEncoding?.(encoding);
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = bytes.subarray(bomLength);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}
