/**
 * The part of Thunderbird's MailExtension API (Manifest V3, Thunderbird 128
 * and later) that this add-on calls. Declaring only this subset lets the
 * unit tests hand in a fake `messenger` object of the same shape.
 */

/** A listener list such as `messageDisplay.onMessagesDisplayed`. */
export interface ApiEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** The fields of `tabs.Tab` this add-on reads. */
export interface TabInfo {
  id?: number;
  windowId?: number;
  type?: string;
}

/** The fields of `messages.MessageHeader` this add-on reads. */
export interface MessageHeaderInfo {
  id: number;
  subject?: string;
  /** Size of the message in bytes, when Thunderbird provides it. */
  size?: number;
}

/**
 * The second argument of `onMessagesDisplayed`: a `MessageList` in Manifest
 * V3, a plain array in Manifest V2.
 */
export type DisplayedMessages =
  | { messages: MessageHeaderInfo[] }
  | MessageHeaderInfo[];

/** Result of `messages.getRaw`: a `File` in Manifest V3, a binary string in Manifest V2. */
export type RawMessageResult = string | Blob | ArrayBuffer | Uint8Array;

/** Badge, title and colour setters of `messageDisplayAction`. */
export interface MessageDisplayActionApi {
  setBadgeText(details: { text: string | null; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: {
    color: string | null;
    tabId?: number;
  }): Promise<void>;
  setTitle(details: { title: string | null; tabId?: number }): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageAreaApi {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type RuntimeMessageListener = (
  message: unknown,
  sender: unknown,
) => Promise<unknown> | undefined;

/** The `messenger` global, narrowed to what this add-on uses. */
export interface MessengerApi {
  messages: {
    getRaw(messageId: number): Promise<RawMessageResult>;
  };
  messageDisplay: {
    onMessagesDisplayed: ApiEvent<
      (tab: TabInfo, displayed: DisplayedMessages) => unknown
    >;
    getDisplayedMessage(tabId: number): Promise<MessageHeaderInfo | null>;
  };
  messageDisplayAction: MessageDisplayActionApi;
  storage: {
    local: StorageAreaApi;
    onChanged: ApiEvent<
      (changes: Record<string, StorageChange>, areaName: string) => void
    >;
  };
  runtime: {
    onMessage: ApiEvent<RuntimeMessageListener>;
    sendMessage(message: unknown): Promise<unknown>;
  };
  tabs: {
    onRemoved: ApiEvent<(tabId: number) => void>;
    query(queryInfo: {
      active?: boolean;
      currentWindow?: boolean;
    }): Promise<TabInfo[]>;
  };
  i18n: {
    getUILanguage(): string;
  };
}
