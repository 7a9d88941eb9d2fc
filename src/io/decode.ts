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
    let evenZero = 0, oddZero = 0;
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

/** Decodes a byte stream to text chunks, sniffing the encoding from the first chunk. */
export async function* decodeChunks(source: AsyncIterable<Uint8Array>, onEncoding?: (encoding: Encoding) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of source) {
    let bytes = chunk;
    if (!decoder) {
      const { encoding, bomLength } = sniffEncoding(bytes);
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
