// Attributes the bytes of a minified bundle to its sources through the
// bundle's source map (version 3: `mappings` in Base64 VLQ segments).

const BASE64 =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment's Base64 VLQ fields (source map version 3). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`invalid VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** The parts of a version 3 source map that the attribution reads. */
export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

/**
 * Returns how many characters of `code` each source produced. A segment's
 * characters run to the next segment on the same line, or to the line's end.
 * Characters before a line's first segment, or in a segment without a
 * source, count as "(unmapped)".
 */
export function bytesPerSource(
  code: string,
  map: SourceMapV3,
): Map<string, number> {
  const sizes = new Map<string, number>();
  const add = (source: string, count: number): void => {
    if (count > 0) sizes.set(source, (sizes.get(source) ?? 0) + count);
  };
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;

  for (let line = 0; line < lines.length; line++) {
    const lineLength = (lines[line] ?? "").length;
    let column = 0;
    let previousColumn = 0;
    let previousSource = "(unmapped)";
    for (const segment of (mappingLines[line] ?? "").split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      add(previousSource, column - previousColumn);
      previousColumn = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        previousSource = map.sources[sourceIndex] ?? "(unmapped)";
      } else {
        previousSource = "(unmapped)";
      }
    }
    add(previousSource, lineLength - previousColumn);
  }
  return sizes;
}

/**
 * Groups sources by npm package (`node_modules/NAME` or `@scope/name`) or,
 * for the project's own code, by its first two folders under src/.
 */
export function groupOfSource(source: string): string {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (packageMatch?.[1]) return packageMatch[1];
  const projectMatch = /(?:^|\/)src\/([^/]+(?:\/[^/]+)?)/.exec(source);
  if (projectMatch?.[1])
    return `src/${projectMatch[1].replace(/\.[jt]sx?$/, "")}`;
  return source;
}
