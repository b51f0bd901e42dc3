/**
 * End-to-end test of the built Outlook task pane (dist/taskpane.html) in
 * headless Chromium, with a fake Office object in place of Office.js.
 * The page is served from 127.0.0.1; the Office.js CDN request gets an empty
 * script, and any other off-origin request fails the test.
 * Screenshots go to test-results/.
 *
 * Run `npm run build` first, then: node --test test/browser/taskpane.test.js
 */
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { chromium } = require("playwright-core");
const { register } = require("tsx/cjs/api");
const { serveFolder } = require("./fake-office/static-server");

// The .msg builder of the unit tests is TypeScript; tsx compiles it.
register();
const { buildMsg } = require("../hosts/shared/msg-fixture");

const root = path.resolve(__dirname, "..", "..");
const distDir = path.join(root, "dist");
const resultsDir = path.join(root, "test-results");
const fakeOfficePath = path.join(__dirname, "fake-office", "fake-office.js");
const fixturesDir = path.join(root, "test", "hosts", "outlook", "fixtures");
const axeSource = fs.readFileSync(
  require.resolve("axe-core/axe.min.js"),
  "utf8",
);
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OFFICE_JS_HOST = "appsforoffice.microsoft.com";
/** Roughly the width of Outlook's task pane. */
const VIEWPORT = { width: 360, height: 900 };
const TIMEOUT_MS = 15000;

const fixture = (name) => fs.readFileSync(path.join(fixturesDir, name), "utf8");
const authenticated = fixture("authenticated.eml");
const spoofed = fixture("spoofed.eml");
const bounce = fixture("bounce.eml");
const forwarded = fixture("forwarded-bounce.eml");
const relayed = fixture("relayed.eml");
/**
 * The forward without its attached part, as when Outlook hands out the
 * attachment only through getAttachmentContentAsync. The whole `forwarded`
 * message carries the bounce in its own MIME.
 */
const forwardNote = `${forwarded.slice(
  0,
  forwarded.search(/--=_forward_boundary\r?\nContent-Type: message\/rfc822/),
)}--=_forward_boundary--\n`;

let server;
let context;
let userDataDir;

before(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with ` +
        "`apt-get install -y chromium`, or set CHROMIUM_PATH.",
    );
  }
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing. Run `npm run build` first.",
    );
  }
  fs.mkdirSync(resultsDir, { recursive: true });

  server = await serveFolder(distDir);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "outlook-taskpane-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: VIEWPORT,
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});

/**
 * Opens the task pane with the fake mailbox configured by `settings` and
 * `eml` (with `attachments`) as the open message; `fake: false` leaves
 * `Office` undefined. Returns the page and what it requested.
 */
async function openTaskpane({
  eml,
  attachments = [],
  settings = {},
  fake = true,
  query = "",
}) {
  const page = await context.newPage();
  const offOrigin = [];
  const officeJsRequests = [];
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin) {
      return route.continue();
    }
    const isOfficeJs =
      url.hostname === OFFICE_JS_HOST && url.pathname.endsWith("/office.js");
    if (isOfficeJs) {
      officeJsRequests.push(url.href);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: "",
      });
    }
    offOrigin.push(url.href);
    return route.abort("blockedbyclient");
  });

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  if (fake) {
    await page.addInitScript({ path: fakeOfficePath });
    await page.addInitScript(
      ({ eml: message, attachments: files, settings: options }) => {
        window.__fakeMailbox.configure(options);
        window.__fakeMailbox.setItem(message, files);
      },
      { eml, attachments, settings },
    );
  }
  await page.goto(`${server.origin}/taskpane.html${query}`);
  return { page, offOrigin, officeJsRequests, pageErrors };
}

/**
 * Returns the axe-core rule violations of the page with serious or critical
 * impact, as `rule: selector` lines.
 */
async function seriousViolations(page) {
  // page.evaluate runs through the DevTools protocol, which the page's
  // Content-Security-Policy does not restrict.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .flatMap((violation) =>
      violation.targets.map((target) => `${violation.id}: ${target}`),
    );
}

/** Saves a screenshot and checks the rules every test shares. */
async function finish(name, { page, offOrigin, officeJsRequests, pageErrors }) {
  await page.screenshot({
    path: path.join(resultsDir, `outlook-taskpane-${name}.png`),
    fullPage: true,
  });
  assert.deepEqual(
    await seriousViolations(page),
    [],
    "axe-core found serious accessibility problems",
  );
  assert.deepEqual(offOrigin, [], "the page requested another origin");
  assert.deepEqual(
    await page.evaluate(() => window.__cspViolations),
    [],
    "the Content-Security-Policy blocked something the page needs",
  );
  assert.equal(officeJsRequests.length, 1, "office.js was not requested once");
  assert.deepEqual(pageErrors, [], "the page threw an error");
  await page.close();
}

function badge(page, method, state) {
  return page.locator(`li[data-method="${method}"][data-state="${state}"]`);
}

/** Returns `dark` or `light` from the Fluent UI root's background colour. */
async function backgroundLevel(page) {
  const background = await page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  const channels = background.match(/\d+/g).slice(0, 3).map(Number);
  if (channels.every((channel) => channel < 80)) {
    return "dark";
  }
  if (channels.every((channel) => channel > 200)) {
    return "light";
  }
  return `neither (${background})`;
}

/** Returns the fake mailbox's roaming settings as `saveAsync` stored them. */
function savedSettings(page) {
  return page.evaluate(() => window.__fakeMailbox.savedSettings());
}

function calls(page) {
  return page.evaluate(() => [...window.__fakeMailbox.calls]);
}

describe("Outlook task pane", { timeout: 120000 }, () => {
  test("shows badges for an authenticated message", async () => {
    const opened = await openTaskpane({ eml: authenticated });
    const { page } = opened;

    for (const method of ["spf", "dkim", "dmarc"]) {
      await badge(page, method, "passed").waitFor({ timeout: TIMEOUT_MS });
    }
    assert.match(
      await badge(page, "dmarc", "passed").innerText(),
      /DMARC\s+Passed/,
    );
    assert.equal(
      await page.getByRole("heading", { name: "Quarterly figures" }).count(),
      1,
    );
    assert.deepEqual(await calls(page), [
      "addHandlerAsync olkItemSelectedChanged",
      "addHandlerAsync olkDragAndDropEvent",
      "addHandlerAsync officeThemeChanged",
      "getAsFileAsync",
    ]);
    await finish("authenticated", opened);
  });

  test("shows every SPF badge state", async () => {
    const results = {
      passed: "pass",
      failed: "fail",
      softfail: "softfail",
      neutral: "neutral",
      "not-available": "none",
      temperror: "temperror",
      permerror: "permerror",
      // A header exists, but an admin trusts only another server's id.
      "not-checked": "pass",
    };
    for (const [state, result] of Object.entries(results)) {
      const eml = [
        `Authentication-Results: mx.example.net; spf=${result} smtp.mailfrom=example.org`,
        "From: a@example.org",
        "To: b@example.net",
        `Subject: SPF ${state}`,
        "",
        "Hello.",
        "",
      ].join("\r\n");
      const query = state === "not-checked" ? "?trusted=relay.example.com" : "";
      const opened = await openTaskpane({ eml, query });

      await badge(opened.page, "spf", state).waitFor({ timeout: TIMEOUT_MS });
      assert.match(
        await badge(opened.page, "spf", state).innerText(),
        /^SPF\s+\S/,
        `label of ${state}`,
      );
      await finish(`spf-${state}`, opened);
    }
  });

  test("shows the bounce panel for a bounce", async () => {
    const opened = await openTaskpane({ eml: bounce });
    const { page } = opened;

    await page
      .getByRole("heading", { name: "Delivery failed" })
      .waitFor({ timeout: TIMEOUT_MS });
    const recipient = page.locator("[data-recipient]");
    assert.equal(await recipient.count(), 1);
    const text = await recipient.innerText();
    assert.match(text, /carol@example\.com/);
    assert.match(text, /5\.1\.1/);
    await finish("bounce", opened);
  });

  test("follows ItemChanged to the next item", async () => {
    const opened = await openTaskpane({ eml: authenticated });
    const { page } = opened;
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });

    await page.evaluate((eml) => window.__fakeMailbox.changeItem(eml), spoofed);
    await page
      .getByRole("heading", { name: "Invoice overdue" })
      .waitFor({ timeout: TIMEOUT_MS });
    await badge(page, "dmarc", "failed").waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await badge(page, "dmarc", "passed").count(), 0);
    await page.screenshot({
      path: path.join(resultsDir, "outlook-taskpane-item-changed.png"),
      fullPage: true,
    });

    await page.evaluate(() => window.__fakeMailbox.changeItem(null));
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: TIMEOUT_MS });
    assert.match(await alert.innerText(), /No message is selected/);
    await finish("no-item", opened);
  });

  test("reads headers only on Mailbox 1.8", async () => {
    const opened = await openTaskpane({
      eml: authenticated,
      settings: { mailboxVersion: "1.8" },
    });
    const { page } = opened;

    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });
    await page
      .getByText("Only the message headers were available", { exact: false })
      .first()
      .waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(await calls(page), [
      "addHandlerAsync olkItemSelectedChanged",
      "addHandlerAsync olkDragAndDropEvent",
      "getAllInternetHeadersAsync",
      "body.getAsync",
    ]);

    await page.getByRole("button", { name: /Diagnostics/ }).click();
    await page
      .getByText("getAsFileAsync: not supported here")
      .waitFor({ timeout: TIMEOUT_MS });
    await page
      .getByText("Mailbox requirement set: ok (1.8)")
      .waitFor({ timeout: TIMEOUT_MS });
    await finish("headers-only", opened);
  });

  test("reads a bounce from the text on Mailbox 1.8", async () => {
    const opened = await openTaskpane({
      eml: bounce,
      settings: { mailboxVersion: "1.8" },
    });
    const { page } = opened;

    await page
      .getByRole("heading", { name: "Delivery failed" })
      .waitFor({ timeout: TIMEOUT_MS });
    const text = await page.locator("body").innerText();
    assert.match(text, /The headers and text of this message in Outlook/);
    assert.match(await page.locator("[data-recipient]").innerText(), /5\.1\.1/);
    await finish("headers-and-text", opened);
  });

  test("explains a failing Office.js call", async () => {
    const failure = { code: 9020, name: "GenericResponseError" };
    const opened = await openTaskpane({
      eml: authenticated,
      settings: {
        failures: {
          getAsFileAsync: failure,
          getAllInternetHeadersAsync: failure,
        },
      },
    });
    const { page } = opened;

    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: TIMEOUT_MS });
    const text = await alert.innerText();
    assert.match(text, /could not hand the message to the add-in/);
    assert.match(text, /9020 GenericResponseError/);
    assert.equal(await page.locator("li[data-method]").count(), 0);
    await finish("api-failure", opened);
  });

  test("shows a bounce attached to a forward", async () => {
    const opened = await openTaskpane({
      eml: forwardNote,
      attachments: [
        {
          id: "attached-bounce",
          name: "Undelivered Mail Returned to Sender",
          contentType: "message/rfc822",
          attachmentType: "item",
          format: "eml",
          content: bounce,
        },
      ],
    });
    const { page } = opened;

    await page
      .getByRole("heading", { name: "Delivery failed" })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.match(
      await page.locator("body").innerText(),
      /The attached message “Undelivered Mail Returned to Sender”/,
    );
    assert.deepEqual((await calls(page)).slice(3), [
      "getAsFileAsync",
      "getAttachmentContentAsync",
    ]);
    await finish("attached-bounce", opened);
  });

  test("analyses a message dropped on the pane", async () => {
    const opened = await openTaskpane({ eml: authenticated });
    const { page } = opened;
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });

    await page.evaluate(
      (text) =>
        window.__fakeMailbox.drop([{ name: "Returned mail.eml", text }]),
      bounce,
    );
    await page
      .getByRole("heading", { name: "Delivery failed" })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.match(await page.locator("body").innerText(), /Returned mail\.eml/);
    await finish("dropped", opened);
  });

  test("analyses pasted message source", async () => {
    const opened = await openTaskpane({ eml: null });
    const { page } = opened;
    await page.getByRole("alert").waitFor({ timeout: TIMEOUT_MS });

    await page.getByRole("textbox").fill(spoofed);
    await page.getByRole("button", { name: "Analyse", exact: true }).click();
    await page
      .getByRole("heading", { name: "Invoice overdue" })
      .waitFor({ timeout: TIMEOUT_MS });
    await badge(page, "spf", "failed").waitFor({ timeout: TIMEOUT_MS });
    await finish("pasted", opened);
  });

  test("uses the dark theme from Office", async () => {
    const opened = await openTaskpane({
      eml: authenticated,
      settings: { bodyBackgroundColor: "#1f1f1f" },
    });
    const { page } = opened;
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });

    assert.equal(await backgroundLevel(page), "dark");
    await finish("dark", opened);
  });

  test("follows an Office theme change", async () => {
    const opened = await openTaskpane({ eml: authenticated });
    const { page } = opened;
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await backgroundLevel(page), "light");

    await page.evaluate(() => window.__fakeMailbox.changeTheme("#262626"));
    await page.waitForFunction(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      const colour = provider && getComputedStyle(provider).backgroundColor;
      return colour && Number(colour.match(/\d+/)[0]) < 80;
    });
    assert.equal(await backgroundLevel(page), "dark");
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });
    await finish("theme-changed", opened);
  });

  test("trusts authserv-ids from the URL", async () => {
    const untrusted = await openTaskpane({ eml: relayed });
    await badge(untrusted.page, "dmarc", "not-available").waitFor({
      timeout: TIMEOUT_MS,
    });
    await finish("relayed-default", untrusted);

    const trusted = await openTaskpane({
      eml: relayed,
      query: "?trusted=mx.example.net",
    });
    for (const method of ["spf", "dkim", "dmarc"]) {
      await badge(trusted.page, method, "passed").waitFor({
        timeout: TIMEOUT_MS,
      });
    }
    await finish("relayed-trusted", trusted);
  });

  test("finds a bounce inside the forward itself", async () => {
    const opened = await openTaskpane({ eml: forwarded });
    const { page } = opened;

    await page
      .getByRole("heading", { name: "Delivery failed" })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.match(await page.locator("[data-recipient]").innerText(), /5\.1\.1/);
    assert.deepEqual((await calls(page)).slice(3), ["getAsFileAsync"]);
    await finish("embedded-bounce", opened);
  });

  test("saves trusted ids in the roaming settings", async () => {
    const opened = await openTaskpane({ eml: relayed });
    const { page } = opened;
    await badge(page, "dmarc", "not-available").waitFor({
      timeout: TIMEOUT_MS,
    });

    await page.getByRole("button", { name: "Trusted mail servers" }).click();
    const field = page.getByRole("textbox", {
      name: "Your trusted authserv-ids",
    });
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: TIMEOUT_MS });
    await field.fill("mx.example.net\nnot a host!");
    assert.equal(await field.inputValue(), "mx.example.net\nnot a host!");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page
      .getByText("these entries are not authserv-ids", { exact: false })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.match(await page.locator("body").innerText(), /host!/);
    assert.deepEqual(await savedSettings(page), {});

    await field.fill("MX.example.net");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    for (const method of ["spf", "dkim", "dmarc"]) {
      await badge(page, method, "passed").waitFor({ timeout: TIMEOUT_MS });
    }
    await page
      .getByText("The message was analysed again", { exact: false })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(await savedSettings(page), {
      trustedAuthservIds: ["mx.example.net"],
    });
    const made = await calls(page);
    assert.deepEqual(made.slice(-3), [
      "roamingSettings.set trustedAuthservIds",
      "roamingSettings.saveAsync",
      "getAsFileAsync",
    ]);
    await finish("trusted-ids-saved", opened);
  });

  test("applies trusted ids saved before", async () => {
    const opened = await openTaskpane({
      eml: relayed,
      settings: {
        roamingSettings: { trustedAuthservIds: ["mx.example.net"] },
      },
    });
    const { page } = opened;

    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });
    await page.getByRole("button", { name: "Trusted mail servers" }).click();
    assert.equal(
      await page
        .getByRole("textbox", { name: "Your trusted authserv-ids" })
        .inputValue(),
      "mx.example.net",
    );
    await finish("trusted-ids-roaming", opened);
  });

  test("analyses a dropped .msg file", async () => {
    const headerBlock = authenticated.slice(
      0,
      authenticated.search(/\r?\n\r?\n/),
    );
    const msg = buildMsg({
      headers: `${headerBlock.replace(/\r?\n/g, "\r\n")}\r\n\r\n`,
      body: "The figures are attached.",
    });
    const opened = await openTaskpane({ eml: null });
    const { page } = opened;
    await page.getByRole("alert").waitFor({ timeout: TIMEOUT_MS });

    await page.evaluate(
      (base64) =>
        window.__fakeMailbox.drop([
          { name: "Quarterly figures.msg", type: "", base64 },
        ]),
      Buffer.from(msg).toString("base64"),
    );
    await page
      .getByRole("heading", { name: "Quarterly figures" })
      .waitFor({ timeout: TIMEOUT_MS });
    await badge(page, "dmarc", "passed").waitFor({ timeout: TIMEOUT_MS });
    assert.match(
      await page.locator("body").innerText(),
      /Quarterly figures\.msg/,
    );
    await finish("dropped-msg", opened);
  });

  test("reports that Office.js did not load", async () => {
    const opened = await openTaskpane({ eml: null, fake: false });
    const { page } = opened;

    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: TIMEOUT_MS });
    assert.match(await alert.innerText(), /Office\.js did not load/);
    await finish("no-office", opened);
  });

  test("reports a page opened outside Outlook", async () => {
    const opened = await openTaskpane({
      eml: null,
      settings: { outsideOutlook: true },
    });
    const { page } = opened;

    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: TIMEOUT_MS });
    assert.match(await alert.innerText(), /runs only inside Outlook/);
    await finish("outside-outlook", opened);
  });

  test("gives up when onReady never resolves", async () => {
    const opened = await openTaskpane({
      eml: authenticated,
      settings: { neverReady: true },
    });
    const { page } = opened;

    await page
      .getByText("Reading the message")
      .first()
      .waitFor({ timeout: TIMEOUT_MS });
    const alert = page.getByRole("alert");
    // The page waits ten seconds for Office.js before it gives up.
    await alert.waitFor({ timeout: 10000 + TIMEOUT_MS });
    assert.match(await alert.innerText(), /runs only inside Outlook/);
    assert.deepEqual(await calls(page), []);
    await finish("never-ready", opened);
  });

  test("speaks the Outlook display language", async () => {
    const opened = await openTaskpane({
      eml: authenticated,
      settings: { displayLanguage: "da-DK" },
    });
    const { page } = opened;

    await page
      .getByText("Denne besked i Outlook", { exact: true })
      .waitFor({ timeout: TIMEOUT_MS });
    assert.equal(
      await page.evaluate(() => document.documentElement.lang),
      "da",
    );
    await finish("danish", opened);
  });
});
