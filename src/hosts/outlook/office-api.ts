/**
 * The part of Office.js (Outlook, Mailbox requirement sets 1.5 to 1.15) that
 * the task pane calls. Declaring only this subset lets unit tests hand in a
 * fake `Office.context` of the same shape. The real `Office.context` needs a
 * cast, because TypeScript does not match the overloaded Office.js methods
 * against these single signatures.
 */

/** `Office.Error`: a numeric code and a name such as `InternalServerError`. */
export interface OfficeErrorInfo {
  code: number;
  name: string;
  message: string;
}

/**
 * `Office.AsyncResult`. `status` is `Office.AsyncResultStatus`, whose values
 * are the strings `succeeded` and `failed`.
 */
export interface AsyncResultInfo<T> {
  status: string;
  value: T;
  error: OfficeErrorInfo | null | undefined;
}

export type AsyncCallback<T> = (result: AsyncResultInfo<T>) => void;

/** `Office.AttachmentDetails`: one attachment of the open message. */
export interface AttachmentInfo {
  id: string;
  name: string;
  contentType: string;
  /** `file`, `item` (an attached Outlook item) or `cloud`. */
  attachmentType: string;
  size: number;
  isInline: boolean;
}

/** `Office.AttachmentContent`; `format` is base64, eml, iCalendar or url. */
export interface AttachmentContentInfo {
  format: string;
  content: string;
}

/** `Office.MessageRead`: the message open in read mode. */
export interface MessageItem {
  /** `message` or `appointment`. */
  itemType: string;
  itemClass?: string;
  attachments?: AttachmentInfo[];
  /** Mailbox 1.3: `getAsync("text", …)` returns the body as plain text. */
  body?: {
    getAsync(coercionType: string, callback: AsyncCallback<string>): void;
  };
  /** Mailbox 1.8. */
  getAllInternetHeadersAsync(callback: AsyncCallback<string>): void;
  /** Mailbox 1.14: the whole message as base64-encoded MIME (RFC 5322). */
  getAsFileAsync?(callback: AsyncCallback<string>): void;
  /** Mailbox 1.8. */
  getAttachmentContentAsync?(
    attachmentId: string,
    callback: AsyncCallback<AttachmentContentInfo>,
  ): void;
}

/** `Office.DroppedItemDetails`: a message (as .eml) or file dropped. */
export interface DroppedFile {
  name: string;
  type: string;
  fileContent: Blob;
}

/** `Office.DragAndDropEventArgs`: a `dragover` or a `drop` on the task pane. */
export interface DragAndDropEventInfo {
  dragAndDropEventData:
    | { type: "dragover" }
    | { type: "drop"; dataTransfer: { files: DroppedFile[] } };
}

/** `Office.Mailbox`. */
export interface MailboxApi {
  /** Null when the pinned pane has no item, for example after a deletion. */
  item: MessageItem | null | undefined;
  /** `Office.Diagnostics`: the client name and version. */
  diagnostics?: { hostName?: string; hostVersion?: string };
  /** Mailbox 1.5. `eventType` is an `Office.EventType` value. */
  addHandlerAsync?(
    eventType: string,
    handler: (event: never) => void,
    callback?: AsyncCallback<void>,
  ): void;
}

/** `Office.OfficeTheme`: colours as `#rrggbb` strings. */
export interface OfficeThemeInfo {
  bodyBackgroundColor: string;
}

/**
 * `Office.RoamingSettings` (Mailbox 1.1): settings stored in the user's
 * mailbox, so they follow the user to every Outlook client. All settings of
 * an add-in together may take at most 32 KB.
 */
export interface RoamingSettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback<void>): void;
}

/** `Office.context` in Outlook. */
export interface OutlookContext {
  mailbox: MailboxApi;
  /** Absent outside a mail add-in's runtime. */
  roamingSettings?: RoamingSettingsApi;
  requirements: {
    isSetSupported(name: string, minVersion?: string): boolean;
  };
  /** BCP 47 tag of the Outlook user interface, such as `da-DK`. */
  displayLanguage?: string;
  officeTheme?: OfficeThemeInfo;
}

/** `Office.OfficeThemeChangedEventArgs`. */
export interface OfficeThemeChangedInfo {
  officeTheme?: OfficeThemeInfo;
}

/** `Office.EventType` values the task pane listens to. */
export interface EventTypes {
  itemChanged: string;
  dragAndDrop: string;
  officeThemeChanged: string;
}

/** The `Office.EventType` values that Office.js uses. */
export const EVENT_TYPE: EventTypes = {
  itemChanged: "olkItemSelectedChanged",
  dragAndDrop: "olkDragAndDropEvent",
  officeThemeChanged: "officeThemeChanged",
};

/** Value of `Office.AsyncResultStatus.Succeeded`. */
export const ASYNC_SUCCEEDED = "succeeded";
