/**
 * Checks the Content-Security-Policy meta tag of a built page: scripts only
 * from the page's own origin and the sources listed, and no network access
 * beyond its own origin.
 */
import { readFileSync } from "node:fs";
import type { Problem } from "./checks";

/** Office.js, which production add-ins must load from Microsoft's CDN. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** Sources that keep a fetch directive on the page's own origin. */
const SAME_ORIGIN_ONLY = ["'self'", "'none'"];

/** Parses a policy into its directives, each a list of source expressions. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) {
      directives.set(name.toLowerCase(), sources);
    }
  }
  return directives;
}

/** Returns the policy of the page's meta tag, or undefined without one. */
export function metaPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) {
      const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(
        tag,
      );
      return (content?.[1] ?? content?.[2] ?? "").replaceAll("&#39;", "'");
    }
  }
  return undefined;
}

/**
 * Checks the page at `htmlPath`: script-src (or default-src) allows only
 * 'self' plus `scriptOrigins`, and connect-src (or default-src) only 'self'
 * or 'none'. Returns every problem found.
 */
export function checkPagePolicy(
  htmlPath: string,
  file: string,
  scriptOrigins: readonly string[],
): Problem[] {
  const policy = metaPolicy(readFileSync(htmlPath, "utf8"));
  if (policy === undefined) {
    return [
      {
        file,
        where: "<meta http-equiv=Content-Security-Policy>",
        message: "the page has no Content-Security-Policy",
      },
    ];
  }
  const directives = parsePolicy(policy);
  const effective = (name: string) =>
    directives.get(name) ?? directives.get("default-src");
  const problems: Problem[] = [];

  const allowedScripts = new Set(["'self'", "'none'", ...scriptOrigins]);
  const scripts = effective("script-src");
  const extraScripts = (scripts ?? ["*"]).filter(
    (source) => !allowedScripts.has(source),
  );
  if (extraScripts.length > 0) {
    problems.push({
      file,
      where: "Content-Security-Policy script-src",
      message: `allows ${extraScripts.join(" ")}; only 'self'${scriptOrigins.map((origin) => ` ${origin}`).join("")} may serve scripts`,
    });
  }

  for (const name of ["connect-src", "object-src", "frame-src"]) {
    const sources = effective(name) ?? ["*"];
    const extra = sources.filter(
      (source) => !SAME_ORIGIN_ONLY.includes(source),
    );
    if (extra.length > 0) {
      problems.push({
        file,
        where: `Content-Security-Policy ${name}`,
        message: `allows ${extra.join(" ")}; the page may reach only its own origin`,
      });
    }
  }
  return problems;
}
