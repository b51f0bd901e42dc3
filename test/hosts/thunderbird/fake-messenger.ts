import { readFileSync } from "node:fs";
import path from "node:path";
import type {
  ApiEvent,
  DisplayedMessages,
  MessageHeaderInfo,
  MessengerApi,
  RawMessageResult,
  RuntimeMessageListener,
  StorageChange,
  TabInfo,
} from "../../../src/hosts/thunderbird/messenger-api";

const fixtureDir = path.join(__dirname, "fixtures");

/** Reads a fixture message's bytes. */
export function readFixture(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(path.join(fixtureDir, name)));
}

/** An event that records its listeners and lets the test fire it. */
export class FakeEvent<Listener extends (...args: never[]) => unknown>
  implements ApiEvent<Listener>
{
  readonly listeners: Listener[] = [];

  addListener(listener: Listener): void {
    this.listeners.push(listener);
  }

  removeListener(listener: Listener): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }

  /** Calls every listener and returns their return values. */
  fire(...args: Parameters<Listener>): unknown[] {
    return this.listeners.map((listener) => listener(...args));
  }
}

/** What the action button shows for one tab. */
export interface ButtonState {
  text?: string | null;
  color?: string | null;
  title?: string | null;
}

type RawServer = (messageId: number) => Promise<RawMessageResult>;

/**
 * A stand-in for Thunderbird's `messenger` object that serves .eml fixtures
 * through `messages.getRaw` as `File`-like blobs, as Manifest V3 does, and
 * records what the add-on sets on the message display action.
 */
export class FakeMessenger {
  /** Message id to fixture file name. */
  readonly messageFiles = new Map<number, string>();
  /** Tab id to the ids of the messages displayed in it. */
  readonly displayedIds = new Map<number, number[]>();
  /** Tab id to the action button's state there. */
  readonly buttons = new Map<number, ButtonState>();
  readonly storageData: Record<string, unknown> = {};
  readonly calls: string[] = [];
  activeTabId: number | undefined = 1;
  /** Replacement for getRaw's fixture lookup, to test failures and slow reads. */
  rawServer: RawServer | null = null;

  readonly onMessagesDisplayed = new FakeEvent<
    (tab: TabInfo, displayed: DisplayedMessages) => unknown
  >();
  readonly onStorageChanged = new FakeEvent<
    (changes: Record<string, StorageChange>, areaName: string) => void
  >();
  readonly onRuntimeMessage = new FakeEvent<RuntimeMessageListener>();
  readonly onTabRemoved = new FakeEvent<(tabId: number) => void>();

  readonly api: MessengerApi = {
    messages: {
      getRaw: (messageId) => {
        this.calls.push(`messages.getRaw ${messageId}`);
        if (this.rawServer) return this.rawServer(messageId);
        return this.serveFixture(messageId);
      },
    },
    messageDisplay: {
      onMessagesDisplayed: this.onMessagesDisplayed,
      getDisplayedMessage: async (tabId) => {
        this.calls.push(`messageDisplay.getDisplayedMessage ${tabId}`);
        const ids = this.displayedIds.get(tabId) ?? [];
        return ids.length === 1 ? this.header(ids[0] as number) : null;
      },
    },
    messageDisplayAction: {
      setBadgeText: async ({ text, tabId }) => {
        this.button(tabId).text = text;
      },
      setBadgeBackgroundColor: async ({ color, tabId }) => {
        this.button(tabId).color = color;
      },
      setTitle: async ({ title, tabId }) => {
        this.button(tabId).title = title;
      },
    },
    storage: {
      local: {
        get: async (keys) => {
          const names =
            keys === null ? Object.keys(this.storageData) : [keys].flat();
          return Object.fromEntries(
            names
              .filter((name) => name in this.storageData)
              .map((name) => [name, structuredClone(this.storageData[name])]),
          );
        },
        set: async (items) => {
          const changes: Record<string, StorageChange> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: this.storageData[key], newValue: value };
            this.storageData[key] = structuredClone(value);
          }
          this.onStorageChanged.fire(changes, "local");
        },
      },
      onChanged: this.onStorageChanged,
    },
    runtime: {
      onMessage: this.onRuntimeMessage,
      // As in Thunderbird, the first listener that returns a Promise sends the reply.
      sendMessage: async (message) => {
        const replies = this.onRuntimeMessage.fire(message, {});
        const reply = replies.find((value) => value !== undefined);
        if (reply === undefined) {
          throw new Error(
            "Could not establish connection. Receiving end does not exist.",
          );
        }
        return structuredClone(await reply);
      },
    },
    tabs: {
      onRemoved: this.onTabRemoved,
      query: async () =>
        this.activeTabId === undefined ? [] : [{ id: this.activeTabId }],
    },
    i18n: { getUILanguage: () => "en-US" },
  };

  /** Registers a fixture under a message id. */
  addMessage(messageId: number, fileName: string): void {
    this.messageFiles.set(messageId, fileName);
  }

  /**
   * Displays messages in a tab and fires `onMessagesDisplayed` with a
   * Manifest V3 `MessageList`; returns what the listeners returned.
   */
  display(tabId: number, messageIds: number[]): unknown[] {
    this.displayedIds.set(tabId, messageIds);
    const messages = messageIds.map((id) => this.header(id));
    return this.onMessagesDisplayed.fire({ id: tabId }, { messages });
  }

  button(tabId: number | undefined): ButtonState {
    if (tabId === undefined) throw new Error("the add-on set a global badge");
    let state = this.buttons.get(tabId);
    if (!state) {
      state = {};
      this.buttons.set(tabId, state);
    }
    return state;
  }

  header(messageId: number): MessageHeaderInfo {
    return { id: messageId, subject: this.messageFiles.get(messageId) ?? "" };
  }

  private async serveFixture(messageId: number): Promise<RawMessageResult> {
    const fileName = this.messageFiles.get(messageId);
    if (fileName === undefined) {
      throw new Error(`Message not found: ${messageId}.`);
    }
    return new Blob([readFixture(fileName)], { type: "message/rfc822" });
  }
}
