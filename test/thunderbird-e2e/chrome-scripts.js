/**
 * Function bodies run by Marionette in Thunderbird's chrome context. Each
 * reads its inputs from `arguments` and returns plain JSON data, or a
 * Promise of it.
 */

/** Tells whether the add-on with id `arguments[0]` is installed and active, and its permissions. */
const ADDON_STATE = `
  const [addonId] = arguments;
  const { AddonManager } = ChromeUtils.importESModule(
    "resource://gre/modules/AddonManager.sys.mjs",
  );
  return AddonManager.getAddonByID(addonId).then((addon) =>
    addon
      ? {
          installed: true,
          active: addon.isActive,
          version: addon.version,
          permissions: addon.userPermissions ? addon.userPermissions.permissions : null,
          origins: addon.userPermissions ? addon.userPermissions.origins : null,
        }
      : { installed: false, active: false },
  );
`;

/**
 * Helper shared by the scripts below: the window that shows the message
 * and its about:message document. A message opened from a file has a
 * message window of its own; a message in a folder shows in the main
 * window's current tab.
 */
const FIND_MESSAGE_VIEW = `
  function findMessageView() {
    const messageWindow = Services.wm.getMostRecentWindow("mail:messageWindow");
    if (messageWindow) {
      const content = messageWindow.messageBrowser && messageWindow.messageBrowser.contentWindow;
      return { win: messageWindow, doc: content ? content.document : null };
    }
    const mainWindow = Services.wm.getMostRecentWindow("mail:3pane");
    const aboutMessage = mainWindow && mainWindow.gTabmail && mainWindow.gTabmail.currentAboutMessage;
    return { win: mainWindow, doc: aboutMessage ? aboutMessage.document : null };
  }
`;

/** Returns the message display action button's badge and tooltip, or how far it got. */
const ACTION_STATE = `
  ${FIND_MESSAGE_VIEW}
  const [buttonId] = arguments;
  const { win, doc } = findMessageView();
  if (!win) return { stage: "no mail window" };
  if (!doc) return { stage: "no about:message document" };
  const button = doc.getElementById(buttonId);
  if (!button) return { stage: "no action button" };
  return {
    stage: "button",
    badge: button.getAttribute("badge") || "",
    tooltip: button.getAttribute("tooltiptext") || "",
  };
`;

/** Fires a primary-button mousedown on the action button, which opens its popup. */
const OPEN_POPUP = `
  ${FIND_MESSAGE_VIEW}
  const [buttonId] = arguments;
  const button = findMessageView().doc.getElementById(buttonId);
  const view = button.ownerDocument.defaultView;
  button.dispatchEvent(
    new view.MouseEvent("mousedown", { button: 0, bubbles: true, cancelable: true, view }),
  );
  return true;
`;

/** Helper shared by the popup scripts: the open popup panel and its browser. */
const FIND_POPUP = `
  ${FIND_MESSAGE_VIEW}
  function findPopup() {
    const { win, doc: messageDocument } = findMessageView();
    if (!win) return null;
    const docs = messageDocument ? [win.document, messageDocument] : [win.document];
    for (const doc of docs) {
      for (const panel of doc.querySelectorAll(".webextension-popup-panel")) {
        const browser = panel.querySelector("browser");
        if (browser) return { win, panel, browser };
      }
    }
    return null;
  }
`;

/**
 * Returns the popup's text, read by a frame script in the popup's content
 * process, which sends \`document.body.innerText\` back.
 */
const POPUP_TEXT = `
  ${FIND_POPUP}
  const found = findPopup();
  if (!found) return { stage: "no popup panel" };
  const { win, panel, browser } = found;
  const manager = browser.messageManager;
  if (!manager) return { stage: "popup browser has no message manager", state: panel.state };
  const name = "mail-diagnostics-e2e:text:" + Date.now() + ":" + Math.random();
  return new Promise((resolve) => {
    const listener = (message) => {
      win.clearTimeout(timer);
      manager.removeMessageListener(name, listener);
      resolve({ stage: "text", state: panel.state, text: String(message.data) });
    };
    const timer = win.setTimeout(() => {
      manager.removeMessageListener(name, listener);
      resolve({ stage: "frame script did not answer", state: panel.state });
    }, 3000);
    manager.addMessageListener(name, listener);
    manager.loadFrameScript(
      "data:application/javascript," +
        encodeURIComponent(
          "sendAsyncMessage(" + JSON.stringify(name) +
            ", content.document.body ? content.document.body.innerText : '');",
        ),
      false,
    );
  });
`;

/** Draws the popup's page onto a canvas and returns it as a PNG data URL. */
const POPUP_SNAPSHOT = `
  ${FIND_POPUP}
  const found = findPopup();
  if (!found) return null;
  const { win, browser } = found;
  const global = browser.browsingContext && browser.browsingContext.currentWindowGlobal;
  if (!global) return null;
  return global.drawSnapshot(null, 1, "white").then((bitmap) => {
    const canvas = win.document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext("2d").drawImage(bitmap, 0, 0);
    return canvas.toDataURL("image/png");
  });
`;

/** Returns the location of the current chrome window. */
const WINDOW_LOCATION = `return window.location.href;`;

module.exports = {
  ACTION_STATE,
  ADDON_STATE,
  OPEN_POPUP,
  POPUP_SNAPSHOT,
  POPUP_TEXT,
  WINDOW_LOCATION,
};

/**
 * Opens the add-on's options page in a tab of the main window, enters
 * `arguments[1]` as the trusted authserv-ids and submits the form. Returns
 * the page's status line, read by a frame script in the page's process.
 */
const SAVE_TRUSTED_IDS = `
  const [addonId, idsText] = arguments;
  const { ExtensionParent } = ChromeUtils.importESModule(
    "resource://gre/modules/ExtensionParent.sys.mjs",
  );
  const extension = ExtensionParent.GlobalManager.getExtension(addonId);
  if (!extension) return { stage: "extension not running" };
  const url = extension.baseURI.resolve("options.html");
  const win = Services.wm.getMostRecentWindow("mail:3pane");
  const tabmail = win && win.document.getElementById("tabmail");
  if (!tabmail) return { stage: "no tabmail in the main window" };
  const tab = tabmail.openTab("contentTab", { url });
  const browser = tab.browser || tab.linkedBrowser;
  if (!browser) return { stage: "content tab has no browser" };

  const name = "mail-diagnostics-e2e:options:" + Date.now();
  const frameScript = \`
    const deadline = Date.now() + 10000;
    function fill() {
      const doc = content.document;
      const textArea = doc.getElementById("trusted-ids");
      const save = doc.getElementById("save");
      if (!textArea || !save || save.textContent === "") {
        if (Date.now() < deadline) content.setTimeout(fill, 100);
        else sendAsyncMessage(NAME, { stage: "options page did not load" });
        return;
      }
      textArea.value = IDS;
      doc.getElementById("form").requestSubmit();
      waitForStatus(doc);
    }
    function waitForStatus(doc) {
      const status = doc.getElementById("status").textContent;
      if (status === "" && Date.now() < deadline) {
        content.setTimeout(() => waitForStatus(doc), 100);
        return;
      }
      sendAsyncMessage(NAME, { stage: "saved", status });
    }
    fill();
  \`
    .replace(/NAME/g, JSON.stringify(name))
    .replace("IDS", JSON.stringify(idsText));

  // The page loads in the extension process, so the frame script goes in
  // only after the browser has switched there and finished loading.
  const loaded = new Promise((resolve) => {
    const deadline = Date.now() + 10000;
    const check = () => {
      const done =
        browser.currentURI && browser.currentURI.spec === url &&
        browser.webProgress && !browser.webProgress.isLoadingDocument;
      if (done || Date.now() > deadline) resolve(done);
      else win.setTimeout(check, 100);
    };
    check();
  });

  return loaded.then((done) => new Promise((resolve) => {
    if (!done) {
      resolve({ stage: "options page did not load", uri: browser.currentURI && browser.currentURI.spec });
      return;
    }
    const manager = browser.messageManager;
    const listener = (message) => {
      win.clearTimeout(timer);
      manager.removeMessageListener(name, listener);
      resolve(message.data);
    };
    const timer = win.setTimeout(() => {
      manager.removeMessageListener(name, listener);
      resolve({ stage: "options frame script did not answer" });
    }, 15000);
    manager.addMessageListener(name, listener);
    manager.loadFrameScript(
      "data:application/javascript," + encodeURIComponent(frameScript),
      false,
    );
  }));
`;

/**
 * Copies the .eml file at `arguments[0]` into a "Reports" folder under Local
 * Folders, creating both when missing, and shows it in the main window's
 * folder tab, as a message that arrived by mail would be shown.
 */
const SHOW_IN_LOCAL_FOLDER = `
  const [emlPath] = arguments;
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  const { MailUtils } = ChromeUtils.importESModule("resource:///modules/MailUtils.sys.mjs");
  try {
    MailServices.accounts.localFoldersServer;
  } catch {
    MailServices.accounts.createLocalMailAccount();
  }
  const root = MailServices.accounts.localFoldersServer.rootFolder;
  if (!root.containsChildNamed("Reports")) root.createSubfolder("Reports", null);
  const folder = root.getChildNamed("Reports");
  const file = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
  file.initWithPath(emlPath);

  return new Promise((resolve) => {
    let messageKey = null;
    const listener = {
      QueryInterface: ChromeUtils.generateQI(["nsIMsgCopyServiceListener"]),
      onStartCopy() {},
      onProgress() {},
      setMessageKey(key) {
        messageKey = key;
      },
      getMessageId() {
        return null;
      },
      onStopCopy(status) {
        if (status !== 0 || messageKey === null) {
          resolve({ stage: "copy failed", status });
          return;
        }
        MailUtils.displayMessageInFolderTab(folder.msgDatabase.getMsgHdrForKey(messageKey));
        resolve({ stage: "displayed" });
      },
    };
    MailServices.copy.copyFileMessage(file, folder, null, false, 0, "", listener, null);
  });
`;

module.exports.SAVE_TRUSTED_IDS = SAVE_TRUSTED_IDS;
module.exports.SHOW_IN_LOCAL_FOLDER = SHOW_IN_LOCAL_FOLDER;
