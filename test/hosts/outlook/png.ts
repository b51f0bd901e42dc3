import { inflateSync } from "node:zlib";

/** An RGBA image read from a PNG file. */
export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major RGBA bytes, four per pixel. */
  pixels: Uint8Array;
}

const SIGNATURE = "89504e470d0a1a0a";

/** Reads width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString("hex") !== SIGNATURE) {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes an 8-bit RGBA PNG whose rows all use filter type 0, as
 * assets/generate-icons.js writes them. Throws for any other PNG.
 */
export function decodeRgbaPng(bytes: Buffer): RgbaImage {
  const { width, height } = pngSize(bytes);
  if (bytes[24] !== 8 || bytes[25] !== 6) {
    throw new Error("only 8-bit RGBA PNG files are supported");
  }

  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    if (type === "IDAT") {
      idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }

  const raw = inflateSync(Buffer.concat(idat));
  const rowLength = 1 + width * 4;
  const pixels = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    if (raw[row * rowLength] !== 0) {
      throw new Error(`row ${row} uses PNG filter ${raw[row * rowLength]}`);
    }
    pixels.set(
      raw.subarray(row * rowLength + 1, (row + 1) * rowLength),
      row * width * 4,
    );
  }
  return { width, height, pixels };
}
