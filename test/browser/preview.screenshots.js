#!/usr/bin/env node
/**
 * Takes screenshots of the built preview page (dist/) in headless Chromium,
 * one per listed sample and theme, into test-results/. Run `npm run build`
 * first. The page is served from 127.0.0.1 and every other request is
 * blocked, so the run makes no network requests.
 *
 * Usage: node test/browser/preview.screenshots.js [chromium path]
 *
 * PREVIEW_DIST sets the built folder to serve (default dist/), and
 * PREVIEW_SHOTS a comma-separated list of sample ids to limit the run to.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { serveFolder } = require("./fake-office/static-server");

const root = path.resolve(__dirname, "..", "..");
const distDir = path.resolve(root, process.env.PREVIEW_DIST ?? "dist");
const outDir = path.join(root, "test-results");
const executablePath = process.argv[2] ?? "/usr/bin/chromium";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Shots to take: sample id, theme, viewport width, and whether to expand
 * every section first.
 */
const ALL_SHOTS = [
  { sample: "all-pass", theme: "light", width: 1100, expand: true },
  { sample: "dmarc-fail", theme: "light", width: 1100, expand: true },
  { sample: "rfc3464-bounce", theme: "light", width: 1100, expand: false },
  { sample: "microsoft-365-bounce", theme: "dark", width: 1100, expand: false },
  { sample: "gmail-bounce", theme: "light", width: 1100, expand: false },
  { sample: "no-auth", theme: "light", width: 1100, expand: false },
  { sample: "microsoft-365", theme: "light", width: 1100, expand: true },
  { sample: "delayed", theme: "light", width: 1100, expand: false },
  { sample: "forged-results", theme: "dark", width: 1100, expand: true },
  // About the width of the Outlook task pane.
  { sample: "spf-softfail", theme: "light", width: 360, expand: false },
  { sample: "gmail-bounce", theme: "dark", width: 360, expand: false },
  { sample: "feedback-report", theme: "light", width: 1100, expand: false },
  { sample: "auto-reply", theme: "light", width: 1100, expand: false },
  { sample: "dmarc-none", theme: "light", width: 1100, expand: true },
  { sample: "rfc3464-bounce", theme: "light", width: 360, expand: false },
  // Danish labels are longer; they must still fit the badges at 360 px.
  { sample: "dmarc-fail", theme: "light", width: 360, expand: true, lang: "da" },
  { sample: "gmail-bounce", theme: "light", width: 360, expand: false, lang: "da" },
];

const onlySamples = process.env.PREVIEW_SHOTS?.split(",") ?? null;
const SHOTS = onlySamples
  ? ALL_SHOTS.filter((shot) => onlySamples.includes(shot.sample))
  : ALL_SHOTS;

async function main() {
  if (!fs.existsSync(path.join(distDir, "preview.html"))) {
    console.error("dist/preview.html is missing. Run `npm run build` first.");
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });

  const server = await serveFolder(distDir);
  const { origin } = server;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "md-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const pageErrors = [];

  try {
    await context.route("**/*", (route) =>
      route.request().url().startsWith(origin)
        ? route.continue()
        : route.abort(),
    );
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });

    for (const shot of SHOTS) {
      await page.setViewportSize({ width: shot.width, height: 900 });
      await page.goto(
        `${origin}/preview.html?sample=${shot.sample}&theme=${shot.theme}` +
          (shot.lang ? `&lang=${shot.lang}` : ""),
      );
      await page.waitForSelector("main[aria-busy='false']");
      if (shot.expand) {
        for (const header of await page.$$(
          "main button[aria-expanded='false']",
        )) {
          await header.click();
        }
        // Let the accordion's expand animation finish before the capture.
        await page.waitForTimeout(400);
      }
      const file = path.join(
        outDir,
        `preview-${shot.sample}-${shot.theme}-${shot.width}` +
          `${shot.lang ? `-${shot.lang}` : ""}.png`,
      );
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(root, file)}`);
    }
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  if (pageErrors.length > 0) {
    console.error(`The page reported ${pageErrors.length} error(s):`);
    for (const message of pageErrors) console.error(`  ${message}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
