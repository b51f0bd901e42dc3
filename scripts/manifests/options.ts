/**
 * Settings that differ between deployments: the base URL that serves the
 * built task pane, the support page, and the authserv-ids the organisation
 * trusts. Every URL in both manifests is derived from these.
 */
import {
  TRUSTED_IDS_PARAMETER,
  trustedIdsFromUrl,
} from "../../src/hosts/outlook/trusted-ids";
import { DEFAULT_SUPPORT_PAGE, TASKPANE_PAGE } from "./addin";

/** Base URL of the development server (`npm start`). */
export const DEVELOPMENT_BASE_URL = "https://localhost:3000/";

export interface ManifestOptions {
  /** URL of the folder that serves dist/, ending in `/`. */
  baseUrl: string;
  /** Authserv-ids to append to the task pane URL; may be empty. */
  trustedIds: readonly string[];
  /** Support page; the preview page under the base URL when undefined. */
  supportUrl?: string | undefined;
  /** Version from package.json, such as `0.1.0`. */
  version: string;
}

/**
 * Checks that `value` is an https URL without query or fragment and returns
 * it with a trailing `/`, so relative file names resolve inside it. Throws
 * an Error that names the value and `name`, the setting it came from.
 */
export function parseBaseUrl(value: string, name = "base URL"): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} "${value}" is not a URL.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `${name} "${value}" must use https, because Office loads add-ins only over https.`,
    );
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "") {
    throw new Error(
      `${name} "${value}" must have no query, fragment or user name, such as https://addins.example.com/mail-diagnostics/.`,
    );
  }
  if (!url.pathname.endsWith("/")) {
    url.pathname += "/";
  }
  return url.href;
}

/** Checks that `value` is an https URL and returns it normalised. */
export function parseSupportUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`support URL "${value}" is not a URL.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`support URL "${value}" must use https.`);
  }
  return url.href;
}

/**
 * Parses a comma-separated list of authserv-ids. Throws an Error that lists
 * the entries that are not host names.
 */
export function parseTrustedIds(value: string): string[] {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const ids = trustedIdsFromUrl(
    `?${TRUSTED_IDS_PARAMETER}=${encodeURIComponent(entries.join(","))}`,
  );
  const invalid = entries.filter((entry) => !ids.includes(entry.toLowerCase()));
  if (invalid.length > 0) {
    throw new Error(
      `trusted authserv-ids contain entries that are not host names: ${invalid.join(", ")}.`,
    );
  }
  return ids;
}

/** Returns the absolute URL of `file` (such as `assets/icon-16.png`). */
export function fileUrl(options: ManifestOptions, file: string): string {
  return new URL(file, options.baseUrl).href;
}

/** Returns the task pane URL, with the trusted ids in its query. */
export function taskpaneUrl(options: ManifestOptions): string {
  const url = new URL(TASKPANE_PAGE, options.baseUrl);
  if (options.trustedIds.length > 0) {
    url.searchParams.set(TRUSTED_IDS_PARAMETER, options.trustedIds.join(","));
  }
  return url.href;
}

/** Returns the support URL, by default the preview page. */
export function supportUrl(options: ManifestOptions): string {
  return options.supportUrl ?? fileUrl(options, DEFAULT_SUPPORT_PAGE);
}

/** Returns the origin of the base URL, as AppDomains and validDomains take it. */
export function baseOrigin(options: ManifestOptions): string {
  return new URL(options.baseUrl).origin;
}
