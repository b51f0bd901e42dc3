import type { DmarcPolicy, ResInfo } from "./types";

const POLICY_WORDS = new Set(["none", "quarantine", "reject"]);

/**
 * Finds the published DMARC policy in a DMARC resinfo. Receivers report it
 * in `policy.published-domain-policy` (and `-subdomain-policy`), in
 * `policy.dmarc` (the evaluated policy of newer DMARC drafts), or only in a
 * comment such as `(p=REJECT sp=NONE dis=NONE)` or `(policy=reject)`.
 */
export function dmarcPolicyOf(dmarc: ResInfo | undefined): DmarcPolicy {
  const empty: DmarcPolicy = {
    policy: null,
    subdomainPolicy: null,
    source: null,
  };
  if (dmarc === undefined) {
    return empty;
  }

  const property = (name: string): string | null => {
    const value = dmarc.properties
      .find((entry) => entry.ptype === "policy" && entry.property === name)
      ?.value.toLowerCase();
    return value !== undefined && POLICY_WORDS.has(value) ? value : null;
  };
  const fromProperties =
    property("published-domain-policy") ?? property("dmarc");
  if (fromProperties !== null) {
    return {
      policy: fromProperties,
      subdomainPolicy: property("published-subdomain-policy"),
      source: "property",
    };
  }

  const tags = commentTags(dmarc.comments ?? []);
  const policy = tags.get("p") ?? tags.get("policy") ?? null;
  if (policy === null) {
    return empty;
  }
  return {
    policy,
    subdomainPolicy: tags.get("sp") ?? null,
    source: "comment",
  };
}

/** Collects `p=`, `sp=` and `policy=` policy words written in comments. */
function commentTags(comments: readonly string[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const comment of comments) {
    for (const word of comment.split(/[\s;,]+/)) {
      const equals = word.indexOf("=");
      const name = word.slice(0, equals).toLowerCase();
      const value = word.slice(equals + 1).toLowerCase();
      const known = name === "p" || name === "sp" || name === "policy";
      if (equals > 0 && known && POLICY_WORDS.has(value) && !tags.has(name)) {
        tags.set(name, value);
      }
    }
  }
  return tags;
}
