/** Where file bytes come from: a string (tests), bytes, a Blob/File (browser, worker) or a Node stream (CLI). */
export interface FileSource {
  name: string;
  size: number;
  /** The bytes from the start; called again when a file is read a second time (src/io/import.ts). */
  chunks(): AsyncIterable<Uint8Array>;
}

export function sourceFromBytes(name: string, bytes: Uint8Array, chunkSize = 1 << 20): FileSource {
  return {
    name,
    size: bytes.byteLength,
    async *chunks() {
      for (let offset = 0; offset < bytes.byteLength; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    },
  };
}

export function sourceFromText(name: string, text: string, chunkSize?: number): FileSource {
  return sourceFromBytes(name, new TextEncoder().encode(text), chunkSize);
}

export function sourceFromBlob(name: string, blob: Blob): FileSource {
  return {
    name,
    size: blob.size,
    async *chunks() {
      const reader = blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
  };
}
