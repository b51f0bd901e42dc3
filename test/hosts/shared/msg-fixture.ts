import * as CFB from "cfb";

/** One attachment of a .msg file built by `buildMsg`. */
export type MsgAttachment =
  | { kind: "file"; fileName: string; mimeTag?: string; content: string }
  | { kind: "message"; displayName: string; message: MsgContent };

/** String properties and attachments of a .msg file. */
export interface MsgContent {
  /** PidTagTransportMessageHeaders. */
  headers?: string;
  /** PidTagBody. */
  body?: string;
  /** PidTagSubject. */
  subject?: string;
  /** PidTagSenderSmtpAddress. */
  senderSmtpAddress?: string;
  /** PidTagInternetMessageId. */
  messageId?: string;
  attachments?: MsgAttachment[];
}

/** Property tags ([MS-OXPROPS]) of the string properties, type PtypString. */
const STRING_TAGS: Record<string, string> = {
  headers: "007D001F",
  body: "1000001F",
  subject: "0037001F",
  senderSmtpAddress: "5D01001F",
  messageId: "1035001F",
};

/**
 * Builds a minimal Outlook .msg file ([MS-OXMSG]) in a Compound File Binary
 * container: one `__substg1.0_` stream per string property (UTF-16LE), an
 * attachment storage per attachment, and the property streams with their
 * headers (32 bytes for the top-level message, 24 for an embedded one, 8 for
 * an attachment) and no fixed-size properties.
 */
export function buildMsg(content: MsgContent): Uint8Array {
  const file = CFB.utils.cfb_new();
  addMessage(file, "", content, true);
  const written = CFB.write(file, { type: "buffer" }) as Buffer;
  return new Uint8Array(written);
}

function addMessage(
  file: CFB.CFB$Container,
  prefix: string,
  content: MsgContent,
  topLevel: boolean,
): void {
  for (const [name, tag] of Object.entries(STRING_TAGS)) {
    const value = content[name as keyof MsgContent];
    if (typeof value === "string") {
      CFB.utils.cfb_add(file, `${prefix}/__substg1.0_${tag}`, utf16(value));
    }
  }
  CFB.utils.cfb_add(
    file,
    `${prefix}/__properties_version1.0`,
    Buffer.alloc(topLevel ? 32 : 24),
  );

  (content.attachments ?? []).forEach((attachment, index) => {
    const storage = `${prefix}/__attach_version1.0_#${index
      .toString(16)
      .toUpperCase()
      .padStart(8, "0")}`;
    CFB.utils.cfb_add(file, `${storage}/__properties_version1.0`, Buffer.alloc(8));
    if (attachment.kind === "file") {
      CFB.utils.cfb_add(file, `${storage}/__substg1.0_3707001F`, utf16(attachment.fileName));
      if (attachment.mimeTag !== undefined) {
        CFB.utils.cfb_add(file, `${storage}/__substg1.0_370E001F`, utf16(attachment.mimeTag));
      }
      CFB.utils.cfb_add(
        file,
        `${storage}/__substg1.0_37010102`,
        Buffer.from(attachment.content, "utf8"),
      );
    } else {
      CFB.utils.cfb_add(file, `${storage}/__substg1.0_3001001F`, utf16(attachment.displayName));
      addMessage(file, `${storage}/__substg1.0_3701000D`, attachment.message, false);
    }
  });
}

function utf16(text: string): Buffer {
  return Buffer.from(`${text}\0`, "utf16le");
}
