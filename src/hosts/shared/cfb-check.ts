/**
 * Structural checks on a Compound File Binary file ([MS-CFB]) before
 * msgreader reads it. msgreader 1.28 follows sector chains and directory
 * links without looking for loops, so a damaged or hostile file can make it
 * run until memory runs out. These checks reject such files up front.
 */

const HEADER_SIZE = 512;
const DIRECTORY_ENTRY_SIZE = 128;
/** Sector ids from here up are markers, not sectors ([MS-CFB] 2.1). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
/** Directory id meaning "no entry" ([MS-CFB] 2.6.1). */
const NO_STREAM = 0xffffffff;
/** DIFAT entries in the header ([MS-CFB] 2.2). */
const HEADER_DIFAT_ENTRIES = 109;

/**
 * Tells whether `bytes` are a Compound File Binary file whose sector
 * chains, mini sector chains and directory tree end without loops, and
 * whose streams are no larger than the file.
 */
export function isSoundCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.byteLength < HEADER_SIZE) {
    return false;
  }
  try {
    return checkCompoundFile(bytes);
  } catch {
    // A DataView past the end of the file: a sector id the checks missed.
    return false;
  }
}

function checkCompoundFile(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) {
    return false;
  }
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.byteLength - sectorSize) / sectorSize);
  const sector = (id: number) =>
    new DataView(
      bytes.buffer,
      bytes.byteOffset + (id + 1) * sectorSize,
      sectorSize,
    );

  const fat = readFat(view, sector, sectorSize, sectorCount);
  if (fat === null || !chainsEnd(fat)) {
    return false;
  }

  const directory = chainOf(fat, view.getUint32(0x30, true), sectorCount);
  const miniFatSectors = chainOf(
    fat,
    view.getUint32(0x3c, true),
    sectorCount,
  );
  if (directory === null || miniFatSectors === null) {
    return false;
  }
  const miniFat = readEntries(miniFatSectors, sector, sectorSize);
  if (!chainsEnd(miniFat)) {
    return false;
  }

  const entries = directoryEntries(directory, sector, sectorSize);
  return directoryIsTree(entries, bytes.byteLength);
}

interface DirectoryEntry {
  left: number;
  right: number;
  child: number;
  size: number;
}

/** Reads the FAT through the header's DIFAT and the DIFAT sector chain. */
function readFat(
  header: DataView,
  sector: (id: number) => DataView,
  sectorSize: number,
  sectorCount: number,
): number[] | null {
  const fatSectors: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES; index++) {
    fatSectors.push(header.getUint32(0x4c + index * 4, true));
  }

  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  let next = header.getUint32(0x44, true);
  while (next <= MAX_REGULAR_SECTOR) {
    if (next >= sectorCount || seen.has(next)) {
      return null;
    }
    seen.add(next);
    const difat = sector(next);
    for (let index = 0; index < perSector; index++) {
      fatSectors.push(difat.getUint32(index * 4, true));
    }
    next = difat.getUint32(perSector * 4, true);
  }

  const used = fatSectors.filter((id) => id <= MAX_REGULAR_SECTOR);
  if (used.some((id) => id >= sectorCount)) {
    return null;
  }
  return readEntries(used, sector, sectorSize);
}

/** Reads 32-bit entries from the sectors `ids`, in order. */
function readEntries(
  ids: readonly number[],
  sector: (id: number) => DataView,
  sectorSize: number,
): number[] {
  const entries: number[] = [];
  for (const id of ids) {
    const data = sector(id);
    for (let offset = 0; offset < sectorSize; offset += 4) {
      entries.push(data.getUint32(offset, true));
    }
  }
  return entries;
}

/**
 * Tells whether every chain in an allocation table ends, at END_OF_CHAIN,
 * a marker or an id past the table, without coming back to a sector it
 * passed.
 */
function chainsEnd(table: readonly number[]): boolean {
  // 0 not yet walked, 1 on the walk under way, 2 known to end.
  const state = new Uint8Array(table.length);
  for (let start = 0; start < table.length; start++) {
    const walk: number[] = [];
    let id = start;
    while (id < table.length && state[id] === 0) {
      state[id] = 1;
      walk.push(id);
      id = table[id] ?? END_OF_CHAIN;
    }
    if (id < table.length && state[id] === 1) {
      return false;
    }
    for (const walked of walk) {
      state[walked] = 2;
    }
  }
  return true;
}

/**
 * Returns the sectors of the chain from `start`, or null when the chain
 * points past the file or runs longer than the table.
 */
function chainOf(
  fat: readonly number[],
  start: number,
  sectorCount: number,
): number[] | null {
  const chain: number[] = [];
  let id = start;
  while (id !== END_OF_CHAIN && id !== FREE_SECTOR) {
    if (id >= sectorCount || id >= fat.length || chain.length > fat.length) {
      return null;
    }
    chain.push(id);
    id = fat[id] ?? END_OF_CHAIN;
  }
  return chain;
}

function directoryEntries(
  sectors: readonly number[],
  sector: (id: number) => DataView,
  sectorSize: number,
): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const id of sectors) {
    const data = sector(id);
    for (let offset = 0; offset < sectorSize; offset += DIRECTORY_ENTRY_SIZE) {
      entries.push({
        left: data.getUint32(offset + 68, true),
        right: data.getUint32(offset + 72, true),
        child: data.getUint32(offset + 76, true),
        size:
          data.getUint32(offset + 120, true) +
          data.getUint32(offset + 124, true) * 2 ** 32,
      });
    }
  }
  return entries;
}

/**
 * Tells whether the directory, from the root entry, is a tree: every link
 * points at an existing entry reached once only, and no stream claims more
 * bytes than the file has.
 */
function directoryIsTree(
  entries: readonly DirectoryEntry[],
  fileSize: number,
): boolean {
  const root = entries[0];
  if (root === undefined || root.size > fileSize) {
    return false;
  }
  const reached = new Set<number>([0]);
  const pending = [root.child];

  while (pending.length > 0) {
    const id = pending.pop() ?? NO_STREAM;
    if (id === NO_STREAM) {
      continue;
    }
    const entry = entries[id];
    if (entry === undefined || reached.has(id) || entry.size > fileSize) {
      return false;
    }
    reached.add(id);
    pending.push(entry.left, entry.right, entry.child);
  }
  return true;
}
