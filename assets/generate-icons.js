#!/usr/bin/env node
/**
 * Writes the add-in icons into this folder. icon-16.png … icon-192.png show
 * a white envelope and a green check mark on a blue rounded square.
 * outline-32.png shows the white envelope alone on a transparent
 * background, as the unified manifest requires of its outline icon. Each
 * pixel is supersampled 4 × 4 so edges stay smooth at 16 px.
 *
 * Usage: node assets/generate-icons.js
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 48, 64, 80, 96, 128, 192];
const OUTLINE_SIZE = 32;
const SUPERSAMPLING = 4;

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];
const ENVELOPE_LINE = [0x60, 0x8f, 0xc4];

/** Returns the colour at (x, y) (0 to 1), or null if transparent. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 0.18)) {
    return null;
  }
  if (distanceToCheck(x, y) < 0.065) {
    return GREEN;
  }
  if (x >= 0.16 && x <= 0.84 && y >= 0.26 && y <= 0.7) {
    const flapY = 0.26 + 0.26 * (1 - Math.abs(x - 0.5) / 0.34);
    return Math.abs(y - flapY) < 0.03 ? ENVELOPE_LINE : WHITE;
  }
  return BLUE;
}

/** Returns the outline icon's colour: white in the envelope, else null. */
function outlineColourAt(x, y) {
  if (x < 0.1 || x > 0.9 || y < 0.2 || y > 0.8) {
    return null;
  }
  const flapY = 0.2 + 0.32 * (1 - Math.abs(x - 0.5) / 0.4);
  return Math.abs(y - flapY) < 0.045 ? null : WHITE;
}

function insideRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/**
 * Returns the distance to the check mark, two strokes through (0.52, 0.7),
 * (0.64, 0.82) and (0.86, 0.56).
 */
function distanceToCheck(x, y) {
  return Math.min(
    distanceToSegment(x, y, 0.52, 0.7, 0.64, 0.82),
    distanceToSegment(x, y, 0.64, 0.82, 0.86, 0.56),
  );
}

function distanceToSegment(x, y, x1, y1, x2, y2) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(
    0,
    Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Renders one icon as RGBA rows, each prefixed with PNG filter type 0. */
function renderRows(size, paint) {
  const rowLength = 1 + size * 4;
  const data = Buffer.alloc(rowLength * size);
  const samples = SUPERSAMPLING * SUPERSAMPLING;

  for (let row = 0; row < size; row++) {
    data[row * rowLength] = 0;
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const colour = paint(
            (column + (sx + 0.5) / SUPERSAMPLING) / size,
            (row + (sy + 0.5) / SUPERSAMPLING) / size,
          );
          if (colour) {
            sum[0] += colour[0];
            sum[1] += colour[1];
            sum[2] += colour[2];
            sum[3] += 255;
          }
        }
      }
      const covered = sum[3] / 255;
      const offset = row * rowLength + 1 + column * 4;
      data[offset] = covered ? Math.round(sum[0] / covered) : 0;
      data[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      data[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      data[offset + 3] = Math.round(sum[3] / samples);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes an 8-bit RGBA PNG (colour type 6). */
function encodePng(size, paint) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(renderRows(size, paint), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function writeIcon(name, size, paint) {
  const file = path.join(__dirname, name);
  fs.writeFileSync(file, encodePng(size, paint));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

for (const size of SIZES) {
  writeIcon(`icon-${size}.png`, size, colourAt);
}
writeIcon(`outline-${OUTLINE_SIZE}.png`, OUTLINE_SIZE, outlineColourAt);
