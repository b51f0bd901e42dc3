/**
 * End-to-end test of the built preview page (dist/preview.html) in headless
 * Chromium: samples, the file picker, the paste box, unreadable input,
 * hostile content and accessibility. The page is served from 127.0.0.1 and
 * any other request fails the test.
 *
 * Run `npm run build` first, then: node --test test/browser/preview.test.js
 * PREVIEW_DIST sets another built folder to serve in place of dist/.
 */
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { chromium } = require("playwright-core");
const { serveFolder } = require("./fake-office/static-server");

const root = path.resolve(__dirname, "..", "..");
const distDir = path.resolve(root, process.env.PREVIEW_DIST ?? "dist");
const samplesDir = path.join(root, "samples");
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
const TIMEOUT_MS = 15000;
const HOSTILE =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

let server;
let context;
let userDataDir;
const offOrigin = [];

before(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with ` +
        "`apt-get install -y chromium`, or set CHROMIUM_PATH.",
    );
  }
  if (!fs.existsSync(path.join(distDir, "preview.html"))) {
    throw new Error("dist/preview.html is missing. Run `npm run build` first.");
  }

  server = await serveFolder(distDir);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-page-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1100, height: 900 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens the preview page and waits until the first analysis is shown. */
async function openPage(query = "") {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${server.origin}/preview.html${query}`);
  await page.waitForSelector("main[aria-busy='false']", {
    timeout: TIMEOUT_MS,
  });
  return { page, errors };
}

/** Badge states as `method:state`, in display order. */
function badgeStates(page) {
  return page.$$eval("li[data-method]", (items) =>
    items.map((item) => `${item.dataset.method}:${item.dataset.state}`),
  );
}

describe("preview page", () => {
  test("first sample loads by default", async () => {
    const { page, errors } = await openPage();

    assert.deepEqual(await badgeStates(page), [
      "spf:passed",
      "dkim:passed",
      "dmarc:passed",
    ]);
    assert.equal(await page.title(), "Mail Diagnostics preview");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("sample button switches the message", async () => {
    const { page, errors } = await openPage();

    await page.click("button[data-sample='dmarc-fail']");
    await page.waitForSelector("[data-verdict='failed']", {
      timeout: TIMEOUT_MS,
    });

    assert.deepEqual(await badgeStates(page), [
      "spf:passed",
      "dkim:failed",
      "dmarc:failed",
    ]);
    assert.match(page.url(), /sample=dmarc-fail/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("sample on a phone scrolls to the result", async () => {
    const { page, errors } = await openPage();
    await page.setViewportSize({ width: 360, height: 740 });

    await page.click("button[data-sample='gmail-bounce']");
    await page.waitForSelector("[data-recipient]", { timeout: TIMEOUT_MS });
    await page.waitForFunction(
      () => document.activeElement?.tagName === "H1",
      null,
      { timeout: TIMEOUT_MS },
    );

    const top = await page.$eval("main h1", (heading) =>
      Math.round(heading.getBoundingClientRect().top),
    );
    assert.ok(top >= 0, `heading top at ${top}px`);
    assert.ok(top < 740, `heading top at ${top}px`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Danish page fits a phone", async () => {
    const { page, errors } = await openPage("?sample=dmarc-none&lang=da");
    await page.setViewportSize({ width: 360, height: 740 });

    assert.equal(await page.getAttribute("html", "lang"), "da");
    assert.match(await page.textContent("main"), /ikke tilgængelig/);
    const overflowing = await page.$$eval("li[data-method]", (badges) =>
      badges.filter((badge) => {
        const box = badge.getBoundingClientRect();
        return box.left < 0 || box.right > window.innerWidth;
      }).length,
    );
    assert.equal(overflowing, 0);
    assert.ok(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      ),
      "page scrolls sideways",
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("bounce sample lists its recipient", async () => {
    const { page } = await openPage("?sample=postfix-bounce");

    const cards = await page.$$eval("[data-recipient]", (nodes) =>
      nodes.map((node) => node.textContent),
    );
    assert.equal(cards.length, 1);
    assert.match(cards[0], /lee\.chen@example\.org/);
    assert.match(cards[0], /5\.2\.2/);
    assert.match(cards[0], /552/);
    await page.close();
  });

  test("chosen file is analysed", async () => {
    const { page } = await openPage();

    await page.setInputFiles(
      "input[type=file]",
      path.join(samplesDir, "spf-softfail.eml"),
    );
    await page.waitForSelector("li[data-method='spf'][data-state='softfail']", {
      timeout: TIMEOUT_MS,
    });

    assert.match(await page.textContent("main"), /spf-softfail\.eml/);
    await page.close();
  });

  test("pasted message is analysed", async () => {
    const { page } = await openPage();
    const text = fs.readFileSync(
      path.join(samplesDir, "dmarc-none.eml"),
      "utf8",
    );

    await page.fill("textarea", text);
    await page.click("button:has-text('Analyse')");
    await page.waitForSelector(
      "li[data-method='dmarc'][data-state='not-available']",
      {
        timeout: TIMEOUT_MS,
      },
    );

    assert.match(await page.textContent("main"), /Pasted text/);
    await page.close();
  });

  test("unreadable file names the file", async () => {
    const { page } = await openPage();

    await page.setInputFiles("input[type=file]", {
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Shopping list\n\neggs, flour, milk\n"),
    });
    await page.waitForSelector("[role=alert]", { timeout: TIMEOUT_MS });

    const alert = await page.textContent("[role=alert]");
    assert.match(alert, /“notes\.txt”/);
    assert.match(alert, /\.eml/);
    await page.close();
  });

  test("hostile message stays text", async () => {
    const { page } = await openPage();
    const message = [
      `From: ${HOSTILE} <a@example.com>`,
      `Subject: ${HOSTILE}`,
      `Authentication-Results: mx.example.net; spf=fail reason="${HOSTILE}" smtp.mailfrom=example.com`,
      "",
      HOSTILE,
      "",
    ].join("\r\n");

    await page.setInputFiles("input[type=file]", {
      name: "hostile.eml",
      mimeType: "message/rfc822",
      buffer: Buffer.from(message),
    });
    await page.waitForSelector("li[data-method='spf'][data-state='failed']", {
      timeout: TIMEOUT_MS,
    });
    await page.$$eval("main button[aria-expanded='false']", (buttons) =>
      buttons.forEach((button) => button.click()),
    );

    assert.equal(
      await page.$$eval("main img, main script", (nodes) => nodes.length),
      0,
    );
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.textContent("main h1"), HOSTILE);
    await page.close();
  });

  test("report copies to the clipboard", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
    const { page } = await openPage("?sample=gmail-bounce");

    await page.click("button:has-text('Copy report for support')");
    await page.waitForSelector("text=The report is on the clipboard.", {
      timeout: TIMEOUT_MS,
    });

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Delivery problem report/);
    assert.match(copied, /sales@example\.org/);
    assert.match(copied, /5\.7\.26/);
    await context.clearPermissions();
    await page.close();
  });

  test("no serious accessibility violations", async () => {
    for (const sample of ["all-pass", "gmail-bounce", "no-auth"]) {
      const { page } = await openPage(`?sample=${sample}`);
      await page.$$eval("main button[aria-expanded='false']", (buttons) =>
        buttons.forEach((button) => button.click()),
      );
      // Expanding panels fade in; axe measures contrast on half-transparent
      // text while an animation runs, so wait for them to finish.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== "running"),
      );
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run();
        return results.violations
          .filter((violation) =>
            ["serious", "critical"].includes(violation.impact),
          )
          .map(
            (violation) => `${violation.id}: ${violation.nodes.length} node(s)`,
          );
      });

      assert.deepEqual(violations, [], `axe-core on sample ${sample}`);
      await page.close();
    }
  });

  test("page makes no off-origin requests", () => {
    assert.deepEqual(offOrigin, []);
  });
});
