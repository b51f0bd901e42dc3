/**
 * End-to-end test of the production build as IT would host it. The test
 * writes manifests for an https base URL on 127.0.0.1 next to a copy of
 * dist/, serves that folder over HTTPS with a freshly generated
 * certificate, and opens the task pane in headless Chromium from the URL
 * in the generated manifest.xml. A fake Office object stands in for
 * Office.js, and the Office.js CDN request gets an empty script. Any other
 * request that leaves the server's origin fails the test.
 *
 * Run `npm run build` first, then: node --test test/browser/production.test.js
 */
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { generateCertificates } = require("office-addin-dev-certs");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..", "..");
const distDir = path.join(root, "dist");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const fakeOfficePath = path.join(__dirname, "fake-office", "fake-office.js");
const authenticated = fs.readFileSync(
  path.join(root, "test", "hosts", "outlook", "fixtures", "authenticated.eml"),
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
  // The test's certificate authority is not in Chromium's trust store.
  "--ignore-certificate-errors",
];
const OFFICE_JS_URL =
  "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** dist/ entries that are not part of the hosted folder. */
const NOT_HOSTED = new Set(["thunderbird", "outlook"]);
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};
const TIMEOUT_MS = 15000;

let workDir;
let siteDir;
let server;
let serverOrigin;
let context;
let caCertificate;

/** Copies the hosted part of dist/, without source maps, into `target`. */
function copyHostedFiles(source, target) {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (NOT_HOSTED.has(entry.name) || entry.name.endsWith(".map")) {
      continue;
    }
    if (entry.isDirectory()) {
      copyHostedFiles(from, to);
    } else if (entry.isFile() && !entry.name.endsWith(".xpi")) {
      fs.copyFileSync(from, to);
    }
  }
}

/** Serves `folder` over HTTPS on 127.0.0.1, GET and HEAD only. */
function serveHttps(folder, tls) {
  const base = path.resolve(folder);
  const httpsServer = https.createServer(tls, (request, response) => {
    const url = new URL(request.url || "/", "https://127.0.0.1");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type":
        CONTENT_TYPES[path.extname(file)] || "application/octet-stream",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    httpsServer.once("error", reject);
    httpsServer.listen(0, "127.0.0.1", () => resolve(httpsServer));
  });
}

/**
 * Requests `url` with Node, trusting only the test's certificate authority,
 * so the request also checks the server certificate for 127.0.0.1.
 */
function fetchWithTestCa(url) {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { ca: caCertificate }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          contentType: response.headers["content-type"],
        }),
      );
    });
    request.on("error", reject);
  });
}

/** Runs a TypeScript script with tsx and returns its status and output. */
function runScript(script, args, environment = {}) {
  const result = spawnSync(tsx, [path.join(root, script), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...environment },
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}${result.error ?? ""}`,
  };
}

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

  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "production-"));
  siteDir = path.join(workDir, "site");
  copyHostedFiles(distDir, siteDir);

  const certDir = path.join(workDir, "certs");
  const tlsPaths = ["ca.crt", "server.crt", "server.key"].map((name) =>
    path.join(certDir, name),
  );
  await generateCertificates(...tlsPaths, 1, ["127.0.0.1", "localhost"]);
  caCertificate = fs.readFileSync(tlsPaths[0]);
  server = await serveHttps(siteDir, {
    cert: fs.readFileSync(tlsPaths[1]),
    key: fs.readFileSync(tlsPaths[2]),
  });
  serverOrigin = `https://127.0.0.1:${server.address().port}`;

  const written = runScript("scripts/manifests/write.ts", ["--out", siteDir], {
    ADDIN_BASE_URL: `${serverOrigin}/`,
    ADDIN_TRUSTED_IDS: "",
    ADDIN_SUPPORT_URL: "",
  });
  assert.equal(written.status, 0, written.output);

  context = await chromium.launchPersistentContext(
    path.join(workDir, "profile"),
    { executablePath, headless: true, args: CHROMIUM_FLAGS },
  );
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (workDir) {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
});

/** Opens `url`, routing Office.js to an empty script and failing the rest. */
async function openPage(url, { fake }) {
  const page = await context.newPage();
  const offOrigin = [];
  const officeJsRequests = [];
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === serverOrigin) {
      return route.continue();
    }
    if (requested === OFFICE_JS_URL) {
      officeJsRequests.push(requested);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: "",
      });
    }
    offOrigin.push(requested);
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
    await page.addInitScript((eml) => {
      window.__fakeMailbox.configure({});
      window.__fakeMailbox.setItem(eml);
    }, authenticated);
  }
  const response = await page.goto(url);
  return { page, response, offOrigin, officeJsRequests, pageErrors };
}

describe("production build", { timeout: 120000 }, () => {
  test("validates offline for the loopback URL", () => {
    const result = runScript("scripts/manifests/validate.ts", [
      "--dir",
      siteDir,
    ]);
    assert.equal(result.status, 0, result.output);
  });

  test("pages load content-hashed bundles", () => {
    for (const page of ["taskpane", "preview"]) {
      const html = fs.readFileSync(path.join(siteDir, `${page}.html`), "utf8");
      // The minified page may leave attribute values unquoted.
      const scripts = [
        ...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g),
      ].map((match) => match[1] ?? match[2]);
      const own = scripts.filter((src) => !src.startsWith("https://"));
      assert.ok(own.length > 0, `${page}.html loads no bundle`);
      for (const src of own) {
        assert.match(src, new RegExp(`^${page}\\.[0-9a-f]{8}\\.js$`));
        assert.ok(fs.existsSync(path.join(siteDir, src)), `${src} is missing`);
      }
    }
  });

  test("task pane from the manifest shows badges", async () => {
    const xml = fs.readFileSync(path.join(siteDir, "manifest.xml"), "utf8");
    const taskpaneUrl = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
    assert.equal(taskpaneUrl, `${serverOrigin}/taskpane.html`);

    const opened = await openPage(taskpaneUrl, { fake: true });
    const { page } = opened;
    assert.equal(opened.response.status(), 200);
    for (const method of ["spf", "dkim", "dmarc"]) {
      await page
        .locator(`li[data-method="${method}"][data-state="passed"]`)
        .waitFor({ timeout: TIMEOUT_MS });
    }

    assert.deepEqual(opened.offOrigin, [], "the page requested another origin");
    assert.deepEqual(opened.officeJsRequests, [OFFICE_JS_URL]);
    assert.deepEqual(
      await page.evaluate(() => window.__cspViolations),
      [],
      "the Content-Security-Policy blocked something the page needs",
    );
    assert.deepEqual(opened.pageErrors, [], "the page threw an error");
    await page.close();
  });

  test("manifest icons are served as PNG", async () => {
    const xml = fs.readFileSync(path.join(siteDir, "manifest.xml"), "utf8");
    const iconUrls = [...xml.matchAll(/DefaultValue="([^"]+\.png)"/g)].map(
      (match) => match[1],
    );
    assert.equal(iconUrls.length, 5);

    for (const url of iconUrls) {
      assert.ok(url.startsWith(`${serverOrigin}/assets/`), url);
      const response = await fetchWithTestCa(url);
      assert.equal(response.status, 200, url);
      assert.equal(response.contentType, "image/png", url);
    }
  });

  test("preview page requests nothing off-origin", async () => {
    const opened = await openPage(`${serverOrigin}/preview.html`, {
      fake: false,
    });
    const { page } = opened;
    await page.locator("#root *").first().waitFor({ timeout: TIMEOUT_MS });
    await page.waitForLoadState("networkidle");

    assert.deepEqual(opened.offOrigin, [], "the page requested another origin");
    assert.deepEqual(opened.officeJsRequests, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(opened.pageErrors, [], "the page threw an error");
    await page.close();
  });
});
