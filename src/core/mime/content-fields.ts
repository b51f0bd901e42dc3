/**
 * Reading of a part's Content-Type and Content-Transfer-Encoding fields the
 * way postal-mime 4.2 reads them, for the byte scan that decides which part
 * bodies postal-mime never needs to see. The scan relies on reaching the same
 * media type and boundary as postal-mime, so this module follows its rules
 * and returns null where it does not model them.
 */

/** The fields of one part that decide how its body is delimited and read. */
export interface ContentFields {
  /** Media type in lower case without parameters, `text/plain` by default. */
  mediaType: string;
  /** Multipart subtype (`mixed`, `digest` ...), or null for a leaf part. */
  multipart: string | null;
  /** Boundary of a multipart part as postal-mime matches it. */
  boundary: string | null;
  /** Transfer encoding token in lower case: `base64`, `7bit`, `` for none. */
  transferEncoding: string;
}

interface StructuredValue {
  value: string;
  params: Map<string, string>;
}

const CONTINUATION_KEY = /\*((\d+)\*?)?$/;

/**
 * Reads the content fields from a part's header lines (line breaks
 * removed). `defaultType` is `message/rfc822` inside a multipart/digest and
 * `text/plain` elsewhere (RFC 2046 section 5.1.5). Returns null for an
 * RFC 2231 boundary (`boundary*0=`), whose decoding this module does not
 * model.
 */
export function readContentFields(
  lines: string[],
  defaultType: string,
): ContentFields | null {
  const fields = firstContentFields(lines);
  const contentType = fields.get("content-type");
  const encoding = fields.get("content-transfer-encoding");

  let mediaType = defaultType;
  let multipart: string | null = null;
  let boundary: string | null = null;
  if (contentType !== undefined) {
    const parsed = parseStructuredValue(removeComments(contentType));
    const continued = [...parsed.params.keys()].some(
      (key) =>
        key !== "boundary" && key.replace(CONTINUATION_KEY, "") === "boundary",
    );
    if (continued && !parsed.params.has("boundary")) return null;

    mediaType = parsed.value;
    if (/^multipart\//i.test(mediaType)) {
      // A boundary ends before trailing whitespace and is ASCII. A multipart
      // without a usable one is read as text/plain.
      const declared = (parsed.params.get("boundary") ?? "").trimEnd();
      if (declared !== "" && isAscii(declared)) {
        multipart = mediaType.slice(mediaType.indexOf("/") + 1);
        boundary = declared;
      } else {
        mediaType = "text/plain";
      }
    }
  }

  return {
    mediaType,
    multipart,
    boundary,
    transferEncoding: readTransferEncoding(encoding ?? ""),
  };
}

/**
 * Returns the value of the first Content-Type and Content-Transfer-Encoding
 * field, unfolded and trimmed. A field counts only when its name is written
 * without whitespace before the colon, and later copies are ignored.
 */
function firstContentFields(lines: string[]): Map<string, string> {
  const groups: string[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && /^[ \t]/.test(line)) last.push(line);
    else groups.push([line]);
  }

  const found = new Map<string, string>();
  for (const group of groups) {
    const unfolded = group.join("");
    const colon = unfolded.indexOf(":");
    const key = (colon < 0 ? unfolded : unfolded.slice(0, colon)).toLowerCase();
    if (key !== "content-type" && key !== "content-transfer-encoding") continue;
    if (found.has(key)) continue;

    const value = colon < 0 ? "" : unfolded.slice(colon + 1);
    found.set(key, trimSpaceAndTab(value.replace(/[\r\n]+/g, " ")));
  }
  return found;
}

function readTransferEncoding(value: string): string {
  const token = /^[ \t]*([\w-]+)/.exec(removeComments(value).toLowerCase());
  return token?.[1] ?? "";
}

/**
 * Removes RFC 5322 comments as postal-mime does. A backslash escapes the
 * next character anywhere, and quoted text is kept. Inside a parameter
 * value, `(` opens a comment only after whitespace or at the value's start,
 * so `name=Invoice(1).pdf` stays whole. When a comment is left open, the
 * text is kept as it was if a `;` follows the comment's start, else the
 * comment is dropped.
 */
function removeComments(text: string): string {
  let result = "";
  let lastKept = "";
  let depth = 0;
  let commentStart = -1;
  let escaped = false;
  let inQuote = false;
  let inParameterValue = false;

  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (escaped) {
      escaped = false;
    } else if (char === "\\") {
      escaped = true;
    } else if (char === '"' && depth === 0) {
      inQuote = !inQuote;
    } else if (!inQuote) {
      const opensComment =
        !inParameterValue ||
        lastKept === "" ||
        lastKept === " " ||
        lastKept === "\t";
      if (char === "(" && opensComment) {
        if (depth === 0) commentStart = i;
        depth++;
        continue;
      }
      if (char === ")" && depth > 0) {
        depth--;
        continue;
      }
      if (depth === 0 && char === "=") inParameterValue = true;
      if (depth === 0 && char === ";") inParameterValue = false;
    }

    if (depth === 0) {
      result += char;
      lastKept = char;
    }
  }

  if (depth === 0) return result;
  return text.indexOf(";", commentStart) < 0 ? result : text;
}

/**
 * Splits a structured field value into its lower-case value and parameters,
 * as postal-mime does once comments are removed. The first occurrence of a
 * parameter wins, and whitespace around a token is dropped. Text after a
 * closing quote is ignored up to the next `;`, and a backslash escapes the
 * next character inside quotes only.
 */
function parseStructuredValue(text: string): StructuredValue {
  const params = new Map<string, string>();
  let key: string | null = null;
  let inKey = false;
  let value = "";
  let pendingSpace = "";
  let inQuote = false;
  let quoteClosed = false;
  let escaped = false;
  let mediaType = "";

  const storeParam = (name: string, content: string): void => {
    if (name !== "" && !params.has(name)) params.set(name, content);
  };
  const takeValue = (): string => {
    const complete = value;
    value = "";
    pendingSpace = "";
    quoteClosed = false;
    return complete;
  };
  const addChar = (char: string): void => {
    if (value.length > 0) value += pendingSpace;
    pendingSpace = "";
    value += char;
  };

  for (const char of text) {
    if (inKey) {
      if (char === "=") {
        key = takeValue().trim().toLowerCase();
        inKey = false;
      } else if (char === ";") {
        storeParam(takeValue().trim().toLowerCase(), "");
      } else {
        value += char;
      }
      continue;
    }

    if (quoteClosed && char !== ";") {
      escaped = false;
      continue;
    }
    if (escaped) {
      addChar(char);
    } else if (inQuote && char === "\\") {
      escaped = true;
      continue;
    } else if (inQuote && char === '"') {
      inQuote = false;
      quoteClosed = true;
    } else if (!inQuote && char === '"') {
      inQuote = true;
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
    } else if (!inQuote && char === ";") {
      if (key === null) mediaType = takeValue();
      else storeParam(key, takeValue());
      inKey = true;
    } else if (!inQuote && (char === " " || char === "\t")) {
      pendingSpace += char;
    } else {
      addChar(char);
    }
    escaped = false;
  }

  if (!inKey) {
    if (key === null) mediaType = takeValue();
    else storeParam(key, takeValue());
  } else {
    storeParam(takeValue().trim().toLowerCase(), "");
  }

  return { value: mediaType.toLowerCase(), params };
}

function trimSpaceAndTab(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrTab(text[start])) start++;
  while (end > start && isSpaceOrTab(text[end - 1])) end--;
  return text.slice(start, end);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}

function isSpaceOrTab(char: string | undefined): boolean {
  return char === " " || char === "\t";
}
