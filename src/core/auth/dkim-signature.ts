import type { DkimSignatureTags } from "./types";

/**
 * Reads the tags of a DKIM-Signature value (RFC 6376 section 3.2 tag-list)
 * for display. Nothing is verified. Returns null when no `tag=value` pair
 * can be read.
 */
export function parseDkimSignature(value: string): DkimSignatureTags | null {
  const tags: Record<string, string> = {};
  for (const spec of value.split(";")) {
    const equals = spec.indexOf("=");
    if (equals < 0) {
      continue;
    }
    const name = spec.slice(0, equals).trim().toLowerCase();
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      continue;
    }
    tags[name] = spec.slice(equals + 1).replace(/\s+/g, "");
  }
  if (Object.keys(tags).length === 0) {
    return null;
  }

  const tag = (name: string): string | null => tags[name] || null;
  return {
    domain: tag("d")?.toLowerCase() ?? null,
    selector: tag("s"),
    algorithm: tag("a")?.toLowerCase() ?? null,
    identity: tag("i"),
    tags,
  };
}
