/**
 * A fake Outlook for browser tests, injected with Playwright's
 * `page.addInitScript` before the task pane bundle runs. It defines
 * `window.Office` with the Mailbox API surface the task pane uses, serving
 * .eml text that the test sets, and `window.__fakeMailbox` to drive it:
 *
 *   __fakeMailbox.configure({ mailboxVersion: "1.8", failures: {...} })
 *   __fakeMailbox.setItem(emlText)       // the open message, or null
 *   __fakeMailbox.changeItem(emlText)    // select another item (ItemChanged)
 *   __fakeMailbox.drop([{ name, type, text }])  // DragAndDropEvent
 *   __fakeMailbox.drop([{ name, base64 }])      // a binary file, as .msg
 *   __fakeMailbox.savedSettings()        // roaming settings after saveAsync
 *   __fakeMailbox.changeTheme("#1f1f1f") // OfficeThemeChanged
 *   __fakeMailbox.calls                  // Office.js calls made, in order
 *
 * Callbacks run on a later task, as in Outlook. Nothing here touches the
 * network.
 */
(() => {
  "use strict";

  const EVENT_ITEM_CHANGED = "olkItemSelectedChanged";
  const EVENT_DRAG_AND_DROP = "olkDragAndDropEvent";
  const EVENT_THEME_CHANGED = "officeThemeChanged";

  const settings = {
    mailboxVersion: "1.15",
    /** Office.js method name → { code, name } to fail with. */
    failures: {},
    /** Event types whose addHandlerAsync fails, as on classic Outlook. */
    rejectedEvents: [],
    displayLanguage: "en-US",
    bodyBackgroundColor: "#ffffff",
    /** True to act as Office.js in a plain browser tab: no host, no mailbox. */
    outsideOutlook: false,
    /** True to never resolve onReady, as office.js may outside Office. */
    neverReady: false,
    /** Roaming settings saved before the pane opens; null for none at all. */
    roamingSettings: {},
  };
  const calls = [];
  const handlers = new Map();

  /** Compares dotted versions numerically, so 1.14 is later than 1.8. */
  function compareVersions(left, right) {
    const a = String(left).split(".").map(Number);
    const b = String(right).split(".").map(Number);
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const difference = (a[index] || 0) - (b[index] || 0);
      if (difference !== 0) {
        return difference;
      }
    }
    return 0;
  }

  function toCrlf(text) {
    return String(text).replace(/\r?\n/g, "\r\n");
  }

  /** Splits a message at its first empty line into header block and body. */
  function splitMessage(eml) {
    if (/^\r\n/.test(eml)) {
      return { headerBlock: "", body: eml.slice(2) };
    }
    const end = eml.indexOf("\r\n\r\n");
    if (end === -1) {
      return { headerBlock: `${eml}\r\n`, body: "" };
    }
    return {
      headerBlock: eml.slice(0, end + 2),
      body: eml.slice(end + 4),
    };
  }

  /** Returns the unfolded value of the first header field called `name`. */
  function headerValue(headerBlock, name) {
    const unfolded = headerBlock.replace(/\r\n(?=[ \t])/g, "");
    const pattern = new RegExp(`^${name}:[ \\t]*(.*)$`, "im");
    const match = pattern.exec(unfolded);
    return match ? match[1].trim() : "";
  }

  /**
   * Returns the body text Outlook would show: the first text/plain part of
   * a multipart message, or the whole body otherwise. Transfer encodings
   * are not decoded, because the test messages use 7bit text.
   */
  function bodyText(headerBlock, body) {
    const contentType = headerValue(headerBlock, "Content-Type");
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType);
    if (!/^multipart\//i.test(contentType) || !boundary) {
      return body;
    }
    for (const part of body.split(`--${boundary[1]}`).slice(1)) {
      const { headerBlock: partHeaders, body: partBody } = splitMessage(
        part.replace(/^\r\n/, ""),
      );
      const partType = headerValue(partHeaders, "Content-Type") || "text/plain";
      if (/^text\/plain/i.test(partType)) {
        return partBody;
      }
    }
    return "";
  }

  function encodeBase64(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (const byte of bytes) {
      binary += String.fromCharCode(byte);
    }
    return btoa(binary);
  }

  function decodeBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) {
      bytes[index] = binary.charCodeAt(index);
    }
    return bytes;
  }

  function succeeded(value) {
    return { status: "succeeded", value, error: null, asyncContext: null };
  }

  function failed(failure) {
    return {
      status: "failed",
      value: undefined,
      error: {
        code: failure.code,
        name: failure.name,
        message: "The fake Outlook rejected this call.",
      },
      asyncContext: null,
    };
  }

  /** Office.js methods take optional options before the callback. */
  function callbackOf(args) {
    const last = args[args.length - 1];
    return typeof last === "function" ? last : () => {};
  }

  /** Calls back for `call` on a later task, failing it if configured so. */
  function answer(call, value, args) {
    calls.push(call);
    const callback = callbackOf(args);
    const failure = settings.failures[call];
    setTimeout(() => callback(failure ? failed(failure) : succeeded(value)), 0);
  }

  function requireSet(version, call) {
    if (compareVersions(settings.mailboxVersion, version) < 0) {
      // Clients without the requirement set lack the method entirely.
      return undefined;
    }
    return call;
  }

  /** Builds an `Office.MessageRead` for the message `emlText`. */
  function createItem(emlText, attachments) {
    const eml = toCrlf(emlText);
    const { headerBlock, body } = splitMessage(eml);
    const attachmentList = (attachments || []).map((attachment, index) => ({
      id: attachment.id || `attachment-${index + 1}`,
      name: attachment.name,
      contentType: attachment.contentType || "application/octet-stream",
      attachmentType: attachment.attachmentType || "file",
      size: attachment.content ? attachment.content.length : 0,
      isInline: false,
      content: attachment.content || "",
      format: attachment.format || "base64",
    }));

    return {
      itemType: "message",
      itemClass: "IPM.Note",
      subject: headerValue(headerBlock, "Subject"),
      internetMessageId: headerValue(headerBlock, "Message-ID"),
      dateTimeCreated: new Date(0),
      attachments: attachmentList.map((attachment) => ({
        id: attachment.id,
        name: attachment.name,
        contentType: attachment.contentType,
        attachmentType: attachment.attachmentType,
        size: attachment.size,
        isInline: attachment.isInline,
      })),
      body: {
        getAsync(coercionType, ...args) {
          if (coercionType !== "text") {
            calls.push("body.getAsync");
            const callback = callbackOf(args);
            const failure = { code: 9999, name: "UnexpectedCoercion" };
            setTimeout(() => callback(failed(failure)), 0);
            return;
          }
          answer("body.getAsync", bodyText(headerBlock, body), args);
        },
      },
      getAllInternetHeadersAsync: requireSet("1.8", (...args) =>
        answer("getAllInternetHeadersAsync", headerBlock, args),
      ),
      getAttachmentContentAsync: requireSet("1.8", (id, ...args) => {
        const found = attachmentList.find((attachment) => attachment.id === id);
        if (!found) {
          calls.push("getAttachmentContentAsync");
          const callback = callbackOf(args);
          setTimeout(
            () => callback(failed({ code: 9002, name: "InvalidAttachmentId" })),
            0,
          );
          return;
        }
        answer(
          "getAttachmentContentAsync",
          { format: found.format, content: found.content },
          args,
        );
      }),
      getAsFileAsync: requireSet("1.14", (...args) =>
        answer("getAsFileAsync", encodeBase64(eml), args),
      ),
    };
  }

  const mailbox = {
    item: null,
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "20261201001.05" },
    addHandlerAsync(eventType, handler, ...args) {
      calls.push(`addHandlerAsync ${eventType}`);
      const callback = callbackOf(args);
      if (settings.rejectedEvents.includes(eventType)) {
        setTimeout(
          () => callback(failed({ code: 5001, name: "InternalError" })),
          0,
        );
        return;
      }
      handlers.set(eventType, handler);
      setTimeout(() => callback(succeeded(undefined)), 0);
    },
    removeHandlerAsync(eventType, ...args) {
      calls.push(`removeHandlerAsync ${eventType}`);
      handlers.delete(eventType);
      setTimeout(() => callbackOf(args)(succeeded(undefined)), 0);
    },
  };

  /**
   * `Office.context.roamingSettings`: `set` and `remove` change a working
   * copy, which `saveAsync` stores, as Outlook keeps changes in memory
   * until they are saved. Created on first use, after `configure`.
   */
  let roaming = null;
  function roamingSettings() {
    if (roaming === null) {
      const saved = structuredClone(settings.roamingSettings || {});
      const working = structuredClone(saved);
      roaming = {
        saved,
        api: {
          get(name) {
            return working[name];
          },
          set(name, value) {
            calls.push(`roamingSettings.set ${name}`);
            working[name] = structuredClone(value);
          },
          remove(name) {
            calls.push(`roamingSettings.remove ${name}`);
            delete working[name];
          },
          saveAsync(...args) {
            if (!settings.failures["roamingSettings.saveAsync"]) {
              for (const key of Object.keys(saved)) delete saved[key];
              Object.assign(saved, structuredClone(working));
            }
            answer("roamingSettings.saveAsync", undefined, args);
          },
        },
      };
    }
    return roaming;
  }

  const context = {
    get roamingSettings() {
      return settings.roamingSettings === null
        ? undefined
        : roamingSettings().api;
    },
    get mailbox() {
      return settings.outsideOutlook ? undefined : mailbox;
    },
    requirements: {
      isSetSupported(name, minVersion) {
        return (
          String(name).toLowerCase() === "mailbox" &&
          compareVersions(settings.mailboxVersion, minVersion || "1.1") >= 0
        );
      },
    },
    get displayLanguage() {
      return settings.displayLanguage;
    },
    get officeTheme() {
      const dark = settings.bodyBackgroundColor !== "#ffffff";
      return {
        bodyBackgroundColor: settings.bodyBackgroundColor,
        bodyForegroundColor: dark ? "#ffffff" : "#000000",
        controlBackgroundColor: settings.bodyBackgroundColor,
        controlForegroundColor: dark ? "#ffffff" : "#000000",
      };
    },
  };

  window.Office = {
    context,
    onReady(callback) {
      const ready = settings.outsideOutlook
        ? { host: null, platform: null }
        : { host: "Outlook", platform: "OfficeOnline" };
      const promise = new Promise((resolve) => {
        if (!settings.neverReady) {
          setTimeout(() => resolve(ready), 0);
        }
      });
      if (typeof callback === "function") {
        promise.then(callback);
      }
      return promise;
    },
    EventType: {
      ItemChanged: EVENT_ITEM_CHANGED,
      DragAndDropEvent: EVENT_DRAG_AND_DROP,
      OfficeThemeChanged: EVENT_THEME_CHANGED,
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      AttachmentContentFormat: {
        Base64: "base64",
        Eml: "eml",
        ICalendar: "iCalendar",
        Url: "url",
      },
    },
  };

  function raise(eventType, event) {
    const handler = handlers.get(eventType);
    if (!handler) {
      throw new Error(`no handler registered for ${eventType}`);
    }
    handler(event);
  }

  window.__fakeMailbox = {
    calls,
    /** Changes the client: requirement set, failing calls, language, theme. */
    configure(options) {
      Object.assign(settings, options);
    },
    /** Makes `emlText` the open message; null leaves nothing selected. */
    setItem(emlText, attachments) {
      mailbox.item =
        emlText === null || emlText === undefined
          ? null
          : createItem(emlText, attachments);
    },
    /** Selects another item and raises ItemChanged, as for a pinned pane. */
    changeItem(emlText, attachments) {
      this.setItem(emlText, attachments);
      raise(EVENT_ITEM_CHANGED, { type: EVENT_ITEM_CHANGED });
    },
    /** Sets the theme's body colour and raises OfficeThemeChanged. */
    changeTheme(bodyBackgroundColor) {
      settings.bodyBackgroundColor = bodyBackgroundColor;
      raise(EVENT_THEME_CHANGED, {
        type: EVENT_THEME_CHANGED,
        officeTheme: context.officeTheme,
      });
    },
    /** Raises DragAndDropEvent with a drop of files given as text. */
    drop(files) {
      raise(EVENT_DRAG_AND_DROP, {
        type: EVENT_DRAG_AND_DROP,
        dragAndDropEventData: {
          type: "drop",
          pageX: 10,
          pageY: 10,
          taskPaneX: 10,
          taskPaneY: 10,
          dataTransfer: {
            files: files.map((file) => ({
              name: file.name,
              type: file.type || "message/rfc822",
              fileContent: new Blob(
                [file.base64 ? decodeBase64(file.base64) : toCrlf(file.text)],
                { type: file.type || "message/rfc822" },
              ),
            })),
          },
        },
      });
    },
    /** Returns the roaming settings as saved by `saveAsync`. */
    savedSettings() {
      return structuredClone(roamingSettings().saved);
    },
    /** Tells whether a handler for `eventType` is registered. */
    hasHandler(eventType) {
      return handlers.has(eventType);
    },
  };
})();
