import PostalMime, { type Email } from "postal-mime";
import { parseWithPostalMime } from "../../../src/core/mime/postal-parse";

/** Both results side by side, content as plain Uint8Array views. */
export interface Comparison {
  /** postal-mime's result for the whole message, without content. */
  reference: unknown;
  /** parseWithPostalMime's result, without content. */
  ours: unknown;
  referenceContents: Uint8Array[];
  ourContents: Uint8Array[];
  /** Attachments whose body was cut out of postal-mime's input. */
  cutCount: number;
}

/**
 * Parses `bytes` with postal-mime alone (message/rfc822 kept whole) and with
 * `parseWithPostalMime`, cutting bodies of at least `minCutBytes`. A
 * rejected message is compared by its error code.
 */
export async function compareWithPostalMime(
  bytes: Uint8Array,
  minCutBytes: number,
): Promise<Comparison> {
  const reference = await settle(() =>
    PostalMime.parse(bytes, { forceRfc822Attachments: true }),
  );
  const ours = await settle(() => parseWithPostalMime(bytes, minCutBytes));
  if ("errorCode" in reference || "errorCode" in ours) {
    const summary = (result: object): unknown =>
      "errorCode" in result ? result : "parsed";
    return {
      reference: summary(reference),
      ours: summary(ours),
      referenceContents: [],
      ourContents: [],
      cutCount: 0,
    };
  }

  const referenceContents = reference.attachments.map((item) =>
    view(item.content),
  );
  const ourContents = ours.contents.map((content) =>
    view(typeof content === "function" ? content() : content),
  );
  const handedContents = ours.email.attachments.map((item) =>
    view(item.content),
  );
  const cutCount = handedContents.filter(
    (content, i) => !sameBytes(content, ourContents[i]),
  ).length;

  return {
    reference: withoutContent(reference),
    ours: withoutContent(ours.email),
    referenceContents,
    ourContents,
    cutCount,
  };
}

async function settle<T extends object>(
  run: () => Promise<T>,
): Promise<T | { errorCode: string }> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { errorCode: String(code ?? "EPARSE") };
  }
}

function withoutContent(email: Email): unknown {
  return {
    ...email,
    attachments: email.attachments.map((item) => ({ ...item, content: null })),
  };
}

/** Returns a plain Uint8Array over the same memory, Buffers included. */
export function view(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  if (content instanceof Uint8Array) {
    return new Uint8Array(
      content.buffer,
      content.byteOffset,
      content.byteLength,
    );
  }
  return new Uint8Array(content);
}

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  return a.every((byte, i) => byte === b[i]);
}
