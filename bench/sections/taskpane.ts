import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  createReadStream,
} from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ensureProductionBuild, TASKPANE_HTML } from "../lib/dist";
import { REPO_ROOT } from "../lib/paths";
import { judge, notMeasured, type SectionResult } from "../lib/report";
import { formatMs, median } from "../lib/stats";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const FAKE_OFFICE = path.join(
  REPO_ROOT,
  "test",
  "browser",
  "fake-office",
  "fake-office.js",
);
const MESSAGE = path.join(REPO_ROOT, "samples", "microsoft-365.eml");
const PROBES = path.join(REPO_ROOT, "bench", "taskpane-probes.js");
const BADGE_SELECTOR = "li[data-method][data-state]";
const LOADS = 7;
/** Mailbox requirement sets to load with: headers only, and whole message. */
const MAILBOX_VERSIONS = ["1.8", "1.15"];
const LOAD_TIMEOUT_MS = 15_000;
const SECTION_TIMEOUT_MS = 120_000;
const TARGET = "Badge after headers arrive";
const GOAL = "≤ 100 ms";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

function serveDist(): Promise<http.Server> {
  const distDir = path.join(REPO_ROOT, "dist");
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(
      path.join(distDir, decodeURIComponent(url.pathname)),
    );
    if (!file.startsWith(distDir + path.sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type =
      CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(server)),
  );
}

interface LoadMarks {
  dataAt: number;
  dataCall: string;
  badgeAt: number;
}

/**
 * Routes the context's requests and installs the page scripts: the fake
 * Office.js with the message in its mailbox, then the timing probes.
 */
async function prepareContext(
  context: BrowserContext,
  origin: string,
  eml: string,
): Promise<void> {
  // Office.js would come from Microsoft's CDN. Serve an empty script in its
  // place (the fake replaces it) and abort anything not on loopback.
  // Routing every request also keeps Chromium's HTTP cache out of the way,
  // so each load fetches the bundle again.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.includes("appsforoffice.microsoft.com")) {
      return route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: "",
      });
    }
    return route.abort();
  });
  // Scripts go in as text: functions compiled by tsx may call helpers
  // that do not exist in the page.
  await context.addInitScript({ path: FAKE_OFFICE });
  // The page address picks the requirement set: with 1.8 the pane reads
  // the header block, from 1.14 on the whole message.
  await context.addInitScript({
    content: [
      "(() => {",
      '  const version = new URLSearchParams(location.search).get("mailbox");',
      "  if (version) window.__fakeMailbox.configure({ mailboxVersion: version });",
      `  window.__fakeMailbox.setItem(${JSON.stringify(eml)});`,
      `  window.__benchBadgeSelector = ${JSON.stringify(BADGE_SELECTOR)};`,
      "})();",
    ].join("\n"),
  });
  await context.addInitScript({ path: PROBES });
}

async function measureLoad(
  context: BrowserContext,
  origin: string,
  mailboxVersion: string,
): Promise<LoadMarks> {
  const page = await context.newPage();
  try {
    const url = `${origin}/taskpane.html?mailbox=${mailboxVersion}`;
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForSelector(BADGE_SELECTOR, { timeout: LOAD_TIMEOUT_MS });
    const marks = await page.evaluate(
      () =>
        (window as unknown as { __benchMarks: Partial<LoadMarks> })
          .__benchMarks,
    );
    if (marks.badgeAt === undefined) {
      throw new Error("badge time was not recorded");
    }
    if (marks.dataAt === undefined) {
      throw new Error("no mailbox callback was seen before the badge");
    }
    return marks as LoadMarks;
  } finally {
    await page.close();
  }
}

/**
 * Loads the built task pane in headless Chromium with the fake Office.js and
 * a message in its mailbox, and times navigation start to the first badge,
 * and the mailbox callback that delivered the message to the first badge.
 */
export async function benchTaskpane(): Promise<SectionResult> {
  const title = "Task pane load to badge, headless Chromium";
  if (!existsSync(FAKE_OFFICE)) {
    const reason = "test/browser/fake-office/fake-office.js not found";
    return {
      title,
      lines: [reason],
      targets: [notMeasured(TARGET, GOAL, reason)],
    };
  }
  if (!existsSync(CHROMIUM)) {
    const reason = `${CHROMIUM} not found (apt-get install -y chromium)`;
    return {
      title,
      lines: [reason],
      targets: [notMeasured(TARGET, GOAL, reason)],
    };
  }

  const lines = [await ensureProductionBuild()];
  if (!existsSync(TASKPANE_HTML))
    throw new Error("dist/taskpane.html is missing");
  const eml = readFileSync(MESSAGE, "utf8");
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "md-bench-chromium-"));
  let context: BrowserContext | null = null;
  const watchdog = setTimeout(() => {
    void context?.close();
    server.close();
  }, SECTION_TIMEOUT_MS);

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 30_000,
    });
    await prepareContext(context, origin, eml);
    lines.push(
      `message: samples/${path.basename(MESSAGE)}; ${LOADS} loads per ` +
        "requirement set, a new page each, HTTP cache bypassed; medians",
    );

    const targets = [];
    for (const version of MAILBOX_VERSIONS) {
      const loads: LoadMarks[] = [];
      // The first load is discarded: it warms Chromium's renderer startup.
      for (let run = 0; run <= LOADS; run++) {
        const marks = await measureLoad(context, origin, version);
        if (run > 0) loads.push(marks);
      }
      const toBadge = median(loads.map((load) => load.badgeAt));
      const afterData = median(loads.map((load) => load.badgeAt - load.dataAt));
      const call = loads[0]?.dataCall ?? "mailbox";
      lines.push(
        `Mailbox ${version}: navigation start to first badge ` +
          `${formatMs(toBadge)}; ${call} callback to first badge ` +
          `${formatMs(afterData)}`,
      );
      targets.push(
        judge(
          `Badge after ${call} calls back (Mailbox ${version})`,
          afterData,
          "<=",
          100,
          GOAL,
          formatMs(afterData),
        ),
      );
    }
    return { title, lines, targets };
  } finally {
    clearTimeout(watchdog);
    await context?.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
