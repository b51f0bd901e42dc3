import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMessage } from "../../../src/core/mime";
import type {
  AsyncCallback,
  AttachmentContentInfo,
  AttachmentInfo,
  DragAndDropEventInfo,
  DroppedFile,
  MailboxApi,
  MessageItem,
  OutlookContext,
  RoamingSettingsApi,
} from "../../../src/hosts/outlook/office-api";

/** Reads a fixture message with CRLF line ends, as Outlook returns it. */
export function readFixture(name: string): string {
  const text = readFileSync(join(__dirname, "fixtures", name), "utf8");
  return text.replace(/\r?\n/g, "\r\n");
}

/** Returns the header block: everything before the first empty line. */
export function headerBlockOf(eml: string): string {
  if (/^\r?\n/.test(eml)) {
    return "";
  }
  const end = eml.search(/\r?\n\r?\n/);
  const block = end === -1 ? eml : eml.slice(0, end);
  return `${block}\r\n`;
}

/** The error a failing fake Office.js call returns. */
export interface FakeFailure {
  code: number;
  name: string;
}

export interface FakeOutlookOptions {
  /** Highest Mailbox requirement set supported, such as `1.8`. */
  mailboxVersion?: string;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** Roaming settings saved before the pane starts; null for none at all. */
  roamingSettings?: Record<string, unknown> | null;
}

type Handler = (event: never) => void;

/** A fake attachment and its `getAttachmentContentAsync` result. */
export interface FakeAttachment {
  info: AttachmentInfo;
  content: AttachmentContentInfo;
}

/**
 * An Outlook client in memory: its `context` has the shape of
 * `Office.context` and serves the .eml text set with `setItem` through the
 * Office.js calls. Callbacks run on a later task, as in Outlook.
 */
export class FakeOutlook {
  readonly context: OutlookContext;
  /** Office.js calls the code under test made, in order. */
  readonly calls: string[] = [];
  /** Calls that fail, by Office.js method name. */
  readonly failures = new Map<string, FakeFailure>();
  /** Handlers registered through `addHandlerAsync`, by event type. */
  readonly handlers = new Map<string, Handler>();
  /** Event types whose `addHandlerAsync` fails, as on classic Outlook. */
  readonly rejectedEvents = new Set<string>();
  mailboxVersion: string;
  /** Roaming settings as the mailbox stores them, after `saveAsync`. */
  readonly savedSettings: Record<string, unknown>;

  private readonly mailbox: MailboxApi;

  constructor(options: FakeOutlookOptions = {}) {
    this.mailboxVersion = options.mailboxVersion ?? "1.15";
    this.mailbox = {
      item: null,
      diagnostics: { hostName: "OutlookWebApp", hostVersion: "20261201001.05" },
      addHandlerAsync: (eventType, handler, callback) =>
        this.addHandler(eventType, handler, callback),
    };
    this.savedSettings = { ...options.roamingSettings };
    this.context = {
      mailbox: this.mailbox,
      ...(options.roamingSettings === null
        ? {}
        : { roamingSettings: this.createRoamingSettings() }),
      requirements: {
        isSetSupported: (name, minVersion) =>
          name === "Mailbox" &&
          compareVersions(this.mailboxVersion, minVersion ?? "1.1") >= 0,
      },
      displayLanguage: options.displayLanguage ?? "en-US",
      officeTheme: {
        bodyBackgroundColor: options.bodyBackgroundColor ?? "#ffffff",
      },
    };
  }

  /** Makes `eml` the open message; null leaves no item selected. */
  setItem(
    eml: string | null,
    attachments: FakeAttachment[] = [],
  ): void {
    this.mailbox.item = eml === null ? null : this.createItem(eml, attachments);
  }

  /** Makes an item of another type, such as an appointment, the open item. */
  setOtherItem(itemType: string): void {
    this.mailbox.item = {
      itemType,
      getAllInternetHeadersAsync: (callback) =>
        this.answer("getAllInternetHeadersAsync", "", callback),
    };
  }

  /** Selects `eml` and raises `ItemChanged`, as Outlook does when pinned. */
  changeItem(eml: string | null): void {
    this.setItem(eml);
    this.raise("olkItemSelectedChanged", {
      type: "olkItemSelectedChanged",
    } as never);
  }

  /** Raises `DragAndDropEvent` with a drop of `files`. */
  drop(files: DroppedFile[]): void {
    const event: DragAndDropEventInfo = {
      dragAndDropEventData: { type: "drop", dataTransfer: { files } },
    };
    this.raise("olkDragAndDropEvent", event as never);
  }

  /** Sets the theme's body colour and raises `OfficeThemeChanged`. */
  changeTheme(bodyBackgroundColor: string): void {
    const officeTheme = { bodyBackgroundColor };
    this.context.officeTheme = officeTheme;
    this.raise("officeThemeChanged", {
      type: "officeThemeChanged",
      officeTheme,
    } as never);
  }

  /** Raises `DragAndDropEvent` for a pointer moving over the pane. */
  dragOver(): void {
    const event: DragAndDropEventInfo = {
      dragAndDropEventData: { type: "dragover" },
    };
    this.raise("olkDragAndDropEvent", event as never);
  }

  /**
   * Builds `Office.context.roamingSettings`: `set` and `remove` change a
   * working copy, which `saveAsync` stores in `savedSettings`, as Outlook
   * keeps changes in memory until they are saved.
   */
  private createRoamingSettings(): RoamingSettingsApi {
    const working: Record<string, unknown> = structuredClone(
      this.savedSettings,
    );
    return {
      get: (name) => working[name],
      set: (name, value) => {
        this.calls.push(`roamingSettings.set ${name}`);
        working[name] = structuredClone(value);
      },
      remove: (name) => {
        this.calls.push(`roamingSettings.remove ${name}`);
        delete working[name];
      },
      saveAsync: (callback) => {
        const failure = this.failures.get("roamingSettings.saveAsync");
        if (!failure) {
          for (const key of Object.keys(this.savedSettings)) {
            delete this.savedSettings[key];
          }
          Object.assign(this.savedSettings, structuredClone(working));
        }
        this.answer("roamingSettings.saveAsync", undefined, (result) =>
          callback?.(result),
        );
      },
    };
  }

  private raise(eventType: string, event: never): void {
    const handler = this.handlers.get(eventType);
    if (!handler) {
      throw new Error(`no handler registered for ${eventType}`);
    }
    handler(event);
  }

  private addHandler(
    eventType: string,
    handler: Handler,
    callback?: AsyncCallback<void>,
  ): void {
    this.calls.push(`addHandlerAsync ${eventType}`);
    if (this.rejectedEvents.has(eventType)) {
      const failure = { code: 5001, name: "InternalError" };
      setTimeout(() => callback?.(failed(failure)), 0);
      return;
    }
    this.handlers.set(eventType, handler);
    setTimeout(() => callback?.(succeeded(undefined)), 0);
  }

  private createItem(
    eml: string,
    attachments: FakeAttachment[],
  ): MessageItem {
    const base64 = Buffer.from(eml, "utf8").toString("base64");
    return {
      itemType: "message",
      itemClass: "IPM.Note",
      attachments: attachments.map((attachment) => attachment.info),
      body: {
        // Outlook returns the text it shows; postal-mime derives the same
        // text part from the MIME structure.
        getAsync: (coercionType, callback) => {
          const text = parseMessage(eml).then(
            (message) => message.text,
            () => "",
          );
          if (coercionType !== "text") {
            this.calls.push("body.getAsync");
            const failure = { code: 9999, name: "UnexpectedCoercion" };
            setTimeout(() => callback(failed(failure)), 0);
            return;
          }
          void text.then((value) =>
            this.answer("body.getAsync", value, callback),
          );
        },
      },
      getAllInternetHeadersAsync: (callback) =>
        this.answer("getAllInternetHeadersAsync", headerBlockOf(eml), callback),
      getAsFileAsync: (callback) =>
        this.answer("getAsFileAsync", base64, callback),
      getAttachmentContentAsync: (id, callback) => {
        const found = attachments.find(
          (attachment) => attachment.info.id === id,
        );
        if (!found) {
          this.calls.push("getAttachmentContentAsync");
          setTimeout(
            () => callback(failed({ code: 9002, name: "InvalidAttachmentId" })),
            0,
          );
          return;
        }
        this.answer("getAttachmentContentAsync", found.content, callback);
      },
    };
  }

  private answer<T>(call: string, value: T, callback: AsyncCallback<T>): void {
    this.calls.push(call);
    const failure = this.failures.get(call);
    setTimeout(
      () => callback(failure ? failed<T>(failure) : succeeded(value)),
      0,
    );
  }
}

function succeeded<T>(value: T) {
  return { status: "succeeded", value, error: null };
}

function failed<T>(failure: FakeFailure) {
  return {
    status: "failed",
    value: undefined as T,
    error: { ...failure, message: "The fake Outlook rejected this call." },
  };
}

/** Compares dotted versions numerically, so 1.14 is later than 1.8. */
function compareVersions(left: string, right: string): number {
  const a = left.split(".").map(Number);
  const b = right.split(".").map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}
