import type { HeaderField } from "../mime/types";
import type {
  MicrosoftAnalysis,
  MicrosoftAntispamField,
  ResInfo,
} from "./types";

const PREFIX = "auth.microsoft.";

/** Values with an explanation, per X-Forefront-Antispam-Report field. */
export const ANTISPAM_VALUES: Readonly<Record<string, readonly string[]>> = {
  SFV: ["BLK", "NSPM", "SFE", "SKA", "SKB", "SKN", "SKQ", "SKS", "SPM"],
  CAT: [
    "AMP",
    "BIMP",
    "BULK",
    "DIMP",
    "FTBP",
    "GIMP",
    "HPHISH",
    "HPHSH",
    "HSPM",
    "INTOS",
    "MALW",
    "NONE",
    "OSPM",
    "PHSH",
    "SAP",
    "SPM",
    "SPOOF",
    "UIMP",
  ],
  SFTY: ["9.19", "9.20", "9.25"],
  IPV: ["CAL", "NLI"],
  DIR: ["INB", "OUT", "INT"],
  SRV: ["BULK"],
};

/** Compauth results with an explanation. */
export const COMPAUTH_RESULTS = ["pass", "fail", "softpass", "none"] as const;

/** Compauth reason groups: exact codes first, then by first digit. */
export const COMPAUTH_REASONS = [
  "000",
  "001",
  "002",
  "010",
  "1xx",
  "2xx",
  "3xx",
  "4xx",
  "6xx",
  "7xx",
  "9xx",
  "other",
] as const;

/** SCL ranges with an explanation. */
export const SCL_RANGES = [
  "skipped",
  "not-spam",
  "unused",
  "spam",
  "high-confidence-spam",
  "other",
] as const;

/** BCL ranges with an explanation. */
export const BCL_RANGES = [
  "not-bulk",
  "few",
  "mixed",
  "many",
  "other",
] as const;

/**
 * Reads Microsoft 365's composite authentication (`compauth` in a trusted
 * Authentication-Results header) and anti-spam headers:
 * X-MS-Exchange-Organization-SCL, X-Forefront-Antispam-Report (SFV, CAT,
 * SCL, SFTY, IPV, DIR, SRV) and X-Microsoft-Antispam (BCL). Only the topmost
 * field of each name is read, because Exchange Online replaces its own
 * fields on delivery and older copies below may come from other tenants or
 * the sender. Returns null when none of them is present.
 */
export function microsoftAnalysis(
  headers: readonly HeaderField[],
  trustedResults: readonly ResInfo[],
): MicrosoftAnalysis | null {
  const compauthResult = trustedResults.find(
    (resinfo) => resinfo.method === "compauth",
  );
  const report = topmostValue(headers, "x-forefront-antispam-report");
  const antispam = topmostValue(headers, "x-microsoft-antispam");
  const organizationScl = topmostValue(
    headers,
    "x-ms-exchange-organization-scl",
  );
  if (
    compauthResult === undefined &&
    report === null &&
    antispam === null &&
    organizationScl === null
  ) {
    return null;
  }

  const reportFields = splitFields(report ?? "");
  const antispamFields = splitFields(antispam ?? "");
  const fields: MicrosoftAntispamField[] = [];
  for (const [name, value] of reportFields) {
    const explained = name in ANTISPAM_VALUES || name === "SCL";
    if (explained && value !== "") {
      fields.push({ name, value, meaningKey: fieldMeaningKey(name, value) });
    }
  }
  const bclText = antispamFields.get("BCL");
  if (bclText !== undefined) {
    fields.push({
      name: "BCL",
      value: bclText,
      meaningKey: fieldMeaningKey("BCL", bclText),
    });
  }

  const scl = parseLevel(organizationScl ?? reportFields.get("SCL"));
  const bcl = parseLevel(bclText);
  return {
    compauth:
      compauthResult === undefined
        ? null
        : {
            result: compauthResult.result,
            reason: compauthResult.reason,
            resultKey: compauthResultKey(compauthResult.result),
            reasonKey:
              compauthResult.reason === null
                ? null
                : compauthReasonKey(compauthResult.reason),
          },
    scl: scl === null ? null : { value: scl, meaningKey: sclKey(scl) },
    bcl: bcl === null ? null : { value: bcl, meaningKey: bclKey(bcl) },
    antispamFields: fields,
  };
}

function topmostValue(
  headers: readonly HeaderField[],
  key: string,
): string | null {
  return headers.find((header) => header.key === key)?.value ?? null;
}

/**
 * Splits `NAME:value;NAME:value` into a map with upper case names. Values
 * may contain `:` (IPv6 addresses), so only the first one separates.
 */
export function splitFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) {
      continue;
    }
    const name = part.slice(0, colon).trim().toUpperCase();
    if (!fields.has(name)) {
      fields.set(name, part.slice(colon + 1).trim());
    }
  }
  return fields;
}

function parseLevel(text: string | undefined | null): number | null {
  if (text === undefined || text === null || !/^\s*-?\d{1,2}\s*$/.test(text)) {
    return null;
  }
  return Number(text);
}

/** Returns the explanation key of one anti-spam field value, or null. */
export function fieldMeaningKey(name: string, value: string): string | null {
  if (name === "SCL") {
    const level = parseLevel(value);
    return level === null ? null : sclKey(level);
  }
  if (name === "BCL") {
    const level = parseLevel(value);
    return level === null ? null : bclKey(level);
  }
  const upper = value.toUpperCase();
  if (!ANTISPAM_VALUES[name]?.includes(upper)) {
    return null;
  }
  return antispamValueKey(name, upper);
}

/** Key of an X-Forefront-Antispam-Report value, such as `SFV` `NSPM`. */
export function antispamValueKey(name: string, value: string): string {
  const slug = value.toLowerCase().replace(/\./g, "-");
  return `${PREFIX}${name.toLowerCase()}.${slug}`;
}

export function compauthResultKey(result: string): string {
  const known = (COMPAUTH_RESULTS as readonly string[]).includes(result);
  return `${PREFIX}compauth.result.${known ? result : "other"}`;
}

export function compauthReasonKey(reason: string): string {
  const exact = (COMPAUTH_REASONS as readonly string[]).includes(reason);
  if (exact && /^\d{3}$/.test(reason)) {
    return `${PREFIX}compauth.reason.${reason}`;
  }
  const group = /^\d{3}$/.test(reason) ? `${reason.charAt(0)}xx` : "other";
  const known = (COMPAUTH_REASONS as readonly string[]).includes(group);
  return `${PREFIX}compauth.reason.${known ? group : "other"}`;
}

/** Key of a spam confidence level: Microsoft never stamps 2, 3 or 4. */
export function sclKey(level: number): string {
  let range: (typeof SCL_RANGES)[number] = "other";
  if (level === -1) {
    range = "skipped";
  } else if (level === 0 || level === 1) {
    range = "not-spam";
  } else if (level >= 2 && level <= 4) {
    range = "unused";
  } else if (level === 5 || level === 6) {
    range = "spam";
  } else if (level >= 7 && level <= 9) {
    range = "high-confidence-spam";
  }
  return `${PREFIX}scl.${range}`;
}

/** Key of a bulk complaint level. */
export function bclKey(level: number): string {
  let range: (typeof BCL_RANGES)[number] = "other";
  if (level === 0) {
    range = "not-bulk";
  } else if (level >= 1 && level <= 3) {
    range = "few";
  } else if (level >= 4 && level <= 7) {
    range = "mixed";
  } else if (level === 8 || level === 9) {
    range = "many";
  }
  return `${PREFIX}bcl.${range}`;
}
