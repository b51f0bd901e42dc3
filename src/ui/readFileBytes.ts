/**
 * Largest file the doors read, in bytes. Mail systems commonly cap messages
 * well below this, and a larger file is more likely not a message at all.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Reads a chosen or dropped file into bytes. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  // Older engines (and jsdom) lack Blob.arrayBuffer but have FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("FileReader returned no ArrayBuffer"));
    };
    reader.onerror = () =>
      reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
