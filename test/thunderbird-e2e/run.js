#!/usr/bin/env node
/**
 * End-to-end test of the Thunderbird add-on in a real Thunderbird under
 * Xvfb. Each fixture message gets its own Thunderbird with a fresh profile
 * that has dist/mail-diagnostics-thunderbird.xpi installed. The message is
 * opened from its .eml file, or copied into a local folder and shown there.
 * Marionette then reads the message display action's badge and tooltip and
 * the text of its popup. Screenshots go to
 * test-results/thunderbird/. Build the .xpi first (`npm run
 * build:thunderbird`; `npm run test:thunderbird` does both).
 *
 * Needs /usr/lib/thunderbird/thunderbird and xvfb-run:
 * `apt-get install -y thunderbird xvfb`. Exits with status 1 on any failure.
 */
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { unzipSync } = require("fflate");
const { register } = require("tsx/cjs/api");
const { MarionetteClient, delay } = require("./marionette");
const { createProfile, freeLoopbackPort } = require("./profile");
const scripts = require("./chrome-scripts");

const root = path.resolve(__dirname, "../..");
const resultsDir = path.join(root, "test-results/thunderbird");
const xpiPath = path.join(root, "dist/mail-diagnostics-thunderbird.xpi");
const thunderbirdPath = "/usr/lib/thunderbird/thunderbird";

const STARTUP_TIMEOUT_MS = 45000;
const STEP_TIMEOUT_MS = 20000;
const CASE_TIMEOUT_MS = 120000;
const EXIT_TIMEOUT_MS = 10000;

// The shared catalogs are TypeScript; tsx compiles them on require.
register();
const { createTranslator } = require("../../src/i18n");
const translateShared = createTranslator("en");
/** Translates a key the expected texts need, failing when no catalog has it. */
const translate = (key) => {
  const text = translateShared(key);
  if (text === key) throw new Error(`the English catalog has no ${key}`);
  return text;
};
/** A catalog key left untranslated in the page, such as "auth.overall.verified". */
const UNTRANSLATED_KEY = /\b(?:ui|auth|bounce|codes|thunderbird)\.[a-z][\w-]*\.[\w.-]+/;

const manifest = JSON.parse(
  fs.readFileSync(path.join(root, "manifest/thunderbird/manifest.json"), "utf8"),
);
const addonId = manifest.browser_specific_settings.gecko.id;
/**
 * Thunderbird names the button after the add-on id, lower-cased, with every
 * character other than a-z, 0-9, "_" and "-" turned into "_".
 */
const widgetId = addonId.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
const buttonId = `${widgetId}-messageDisplayAction-toolbarbutton`;

const cases = [
  {
    name: "bounce",
    file: "fixtures/bounce.eml",
    badge: "NDR",
    tooltipParts: [translate("ui.bounce.heading.bounce"), "5.1.1 (550)", "5.2.2 (552)"],
    popupParts: [translate("ui.bounce.heading.bounce"), "5.1.1", "550", "5.2.2", "552"],
  },
  {
    // The same bounce, stored in a local folder and shown in the main
    // window's folder tab instead of a window of its own.
    name: "bounce-in-folder",
    file: "fixtures/bounce.eml",
    inFolder: true,
    // NOTE: in the folder tab the popup panel opens on the synthetic
    // mousedown and closes again within about 0.3 s (Thunderbird 153 under
    // Xvfb), so only the badge and tooltip are checked here.
    popupSkipReason: "the popup closes right after opening in the folder tab",
    badge: "NDR",
    tooltipParts: [translate("ui.bounce.heading.bounce"), "5.1.1 (550)", "5.2.2 (552)"],
    popupParts: [translate("ui.bounce.heading.bounce"), "5.1.1", "550", "5.2.2", "552"],
  },
  {
    name: "authenticated",
    file: "fixtures/authenticated.eml",
    badge: "OK",
    tooltipParts: [translate("auth.overall.verified.title"), translate("auth.badge.dkim.passed")],
    popupParts: [
      translate("auth.overall.verified.title"),
      translate("auth.badge.spf.passed"),
      translate("auth.badge.dkim.passed"),
      translate("auth.badge.dmarc.passed"),
    ],
  },
  {
    // The topmost header (relay.corp.example) evaluated nothing, and the
    // results below it come from mx.corp.example, which is trusted only
    // once the options page lists .corp.example.
    name: "trusted-ids",
    file: "fixtures/internal-relay.eml",
    badgeBefore: "?",
    trustedIds: "# our own servers\n.corp.example",
    badge: "OK",
    tooltipParts: [translate("auth.overall.verified.title")],
    popupParts: [translate("auth.overall.verified.title"), translate("auth.badge.dmarc.passed")],
  },
];

async function main() {
  const missing = [thunderbirdPath, "xvfb-run"].filter((tool) => !isAvailable(tool));
  if (missing.length > 0) {
    console.error(
      `not ok - ${missing.join(" and ")} not found; install with: apt-get install -y thunderbird xvfb`,
    );
    return 1;
  }
  if (!fs.existsSync(xpiPath)) {
    console.error(`not ok - ${path.relative(root, xpiPath)} is missing; run npm run build:thunderbird first`);
    return 1;
  }
  fs.mkdirSync(resultsDir, { recursive: true });

  // Another build that cleans dist/ may run meanwhile, so each profile takes
  // its copy from one taken now.
  const xpiCopy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "md-xpi-")), "addon.xpi");
  fs.copyFileSync(xpiPath, xpiCopy);
  const packageProblems = checkPackage(xpiCopy);
  if (packageProblems.length > 0) {
    console.log("not ok - package");
    for (const problem of packageProblems) console.log(`  ${problem}`);
    return 1;
  }
  console.log("ok - package");

  let failures = 0;
  for (const testCase of cases) {
    const started = Date.now();
    const problems = await withTimeout(
      runCase(testCase, xpiCopy),
      CASE_TIMEOUT_MS,
      `${testCase.name} did not finish within ${CASE_TIMEOUT_MS} ms`,
    ).catch((error) => [error.message]);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) {
      const skipped = testCase.skipped ? ` # ${testCase.skipped}` : "";
      console.log(`ok - ${testCase.name} (${seconds} s)${skipped}`);
    } else {
      failures++;
      console.log(`not ok - ${testCase.name} (${seconds} s)`);
      for (const problem of problems) console.log(`  ${problem}`);
    }
  }
  fs.rmSync(path.dirname(xpiCopy), { recursive: true, force: true });
  return failures === 0 ? 0 : 1;
}

/** Checks that the .xpi is a zip with manifest.json at its root, first. */
function checkPackage(file) {
  const problems = [];
  let entries;
  try {
    entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  } catch (error) {
    return [`${path.basename(xpiPath)} is not a valid zip archive: ${error.message}`];
  }
  const names = Object.keys(entries);
  expectEqual(problems, "first entry", names[0], "manifest.json");
  const packed = JSON.parse(Buffer.from(entries["manifest.json"] ?? []).toString("utf8") || "{}");
  expectEqual(problems, "packed add-on id", packed.browser_specific_settings?.gecko?.id, addonId);
  for (const name of ["background.js", "popup.html", "popup.js", "options.html", "options.js"]) {
    if (!names.includes(name)) problems.push(`${name} is missing from the package`);
  }
  return problems;
}

/** Runs one fixture in its own Thunderbird; returns the failed checks. */
async function runCase(testCase, xpiCopy) {
  const problems = [];
  const marionettePort = await freeLoopbackPort();
  const closedPort = await freeLoopbackPort();
  const profile = createProfile({ xpiPath: xpiCopy, addonId, marionettePort, closedPort });
  const logPath = path.join(resultsDir, `${testCase.name}-thunderbird.log`);
  const emlPath = path.join(__dirname, testCase.file);
  const thunderbird = startThunderbird(profile, testCase.inFolder ? null : emlPath, logPath);
  let client;

  try {
    client = await MarionetteClient.connect(marionettePort, STARTUP_TIMEOUT_MS);
    await client.send("WebDriver:NewSession", { capabilities: {} });
    await client.send("Marionette:SetContext", { value: "chrome" });

    const addon = await poll(
      () => client.execute(scripts.ADDON_STATE, [addonId]),
      (state) => state && state.active,
    );
    if (!addon.value?.active) {
      problems.push(`add-on ${addonId} is not active: ${JSON.stringify(addon.value)}`);
      return problems;
    }
    expectEqual(
      problems,
      "granted permissions",
      JSON.stringify([...(addon.value.permissions ?? [])].sort()),
      JSON.stringify(["messagesRead", "storage"]),
    );
    expectEqual(problems, "granted origins", JSON.stringify(addon.value.origins), "[]");

    if (testCase.inFolder) {
      const shown = await client.execute(scripts.SHOW_IN_LOCAL_FOLDER, [emlPath]);
      if (shown?.stage !== "displayed") {
        problems.push(`message not shown from a local folder: ${JSON.stringify(shown)}`);
        return problems;
      }
    }

    if (testCase.trustedIds !== undefined) {
      const before = await poll(
        () => client.execute(scripts.ACTION_STATE, [buttonId]),
        (state) => state?.badge === testCase.badgeBefore,
      );
      expectEqual(problems, "badge before the options change", before.value?.badge, testCase.badgeBefore);
      const saved = await client.execute(
        scripts.SAVE_TRUSTED_IDS,
        [addonId, testCase.trustedIds],
        STEP_TIMEOUT_MS,
      );
      expectEqual(problems, "options page status", saved?.status, translate("thunderbird.options.saved"));
      if (saved?.stage !== "saved") problems.push(`options page not saved: ${JSON.stringify(saved)}`);
    }

    const action = await poll(
      () => client.execute(scripts.ACTION_STATE, [buttonId]),
      (state) =>
        state?.badge === testCase.badge &&
        testCase.tooltipParts.every((part) => state.tooltip.includes(part)),
    );
    const badgeState = action.value ?? {};
    if (badgeState.stage !== "button") {
      problems.push(`action button not found: ${badgeState.stage}`);
      return problems;
    }
    expectEqual(problems, "badge text", badgeState.badge, testCase.badge);
    for (const part of testCase.tooltipParts) {
      expectIncludes(problems, "tooltip", badgeState.tooltip, part);
    }
    expectNoKeys(problems, "tooltip", badgeState.tooltip);

    await switchToWindow(client, testCase.inFolder ? "messenger.xhtml" : "messageWindow.xhtml");
    await saveScreenshot(client, `${testCase.name}-window.png`).catch((error) =>
      problems.push(`window screenshot failed: ${error.message}`),
    );

    if (testCase.popupSkipReason) {
      testCase.skipped = `popup not checked: ${testCase.popupSkipReason}`;
      return problems;
    }

    await client.execute(scripts.OPEN_POPUP, [buttonId]);
    const popup = await poll(
      () => client.execute(scripts.POPUP_TEXT),
      (state) =>
        state?.stage === "text" &&
        testCase.popupParts.every((part) => state.text.includes(part)),
    );
    const popupState = popup.value ?? {};
    if (popupState.stage !== "text") {
      problems.push(`popup text not read: ${popupState.stage}`);
    } else {
      for (const part of testCase.popupParts) {
        expectIncludes(problems, "popup text", popupState.text, part);
      }
      expectNoKeys(problems, "popup text", popupState.text);
    }

    const dataUrl = await client.execute(scripts.POPUP_SNAPSHOT);
    if (typeof dataUrl === "string" && dataUrl.startsWith("data:image/png;base64,")) {
      writePng(`${testCase.name}-popup.png`, dataUrl.slice("data:image/png;base64,".length));
    } else {
      problems.push("popup snapshot failed");
    }
    return problems;
  } finally {
    await stopThunderbird(client, thunderbird);
    profile.remove();
  }
}

function startThunderbird(profile, emlPath, logPath) {
  const log = fs.openSync(logPath, "w");
  const child = spawn(
    "xvfb-run",
    [
      "-a",
      "-s",
      "-screen 0 1280x1024x24",
      thunderbirdPath,
      "--profile",
      profile.profileDir,
      "--no-remote",
      "--marionette",
      "--remote-allow-system-access",
      ...(emlPath ? [emlPath] : []),
    ],
    {
      detached: true,
      stdio: ["ignore", log, log],
      env: { ...process.env, HOME: profile.homeDir, MOZ_CRASHREPORTER_DISABLE: "1" },
    },
  );
  fs.closeSync(log);
  child.exited = new Promise((resolve) => child.once("exit", resolve));
  return child;
}

/** Asks Thunderbird to quit, then ends the whole process group if it lingers. */
async function stopThunderbird(client, child) {
  if (client) {
    await client.send("Marionette:Quit", { flags: ["eForceQuit"] }, EXIT_TIMEOUT_MS).catch(() => {});
    client.close();
  }
  const exited = await withTimeout(child.exited.then(() => true), EXIT_TIMEOUT_MS, "").catch(
    () => false,
  );
  for (const signal of exited ? ["SIGTERM"] : ["SIGTERM", "SIGKILL"]) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
    if (!exited) await delay(1000);
  }
}

/** Makes the chrome window whose location ends with `page` the current one. */
async function switchToWindow(client, page) {
  const handles = await client.send("WebDriver:GetWindowHandles");
  for (const handle of handles) {
    await client.send("WebDriver:SwitchToWindow", { handle });
    const location = await client.execute(scripts.WINDOW_LOCATION);
    if (String(location).endsWith(page)) return;
  }
  throw new Error(`no window with ${page} among the chrome windows`);
}

async function saveScreenshot(client, fileName) {
  const result = await client.send("WebDriver:TakeScreenshot", { full: false, hash: false });
  writePng(fileName, result.value);
}

function writePng(fileName, base64) {
  fs.writeFileSync(path.join(resultsDir, fileName), Buffer.from(base64, "base64"));
}

/**
 * Calls `read` until `done` accepts its value or STEP_TIMEOUT_MS passes, and
 * returns the last value either way so the caller can report it.
 */
async function poll(read, done) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let value;
  for (;;) {
    try {
      value = await read();
    } catch (error) {
      value = { stage: error.message };
    }
    if (done(value) || Date.now() >= deadline) return { value };
    await delay(250);
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function expectEqual(problems, label, actual, expected) {
  if (actual !== expected) {
    problems.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function expectIncludes(problems, label, text, part) {
  if (!String(text).includes(part)) {
    problems.push(`${label} lacks ${JSON.stringify(part)}; it was ${JSON.stringify(String(text).slice(0, 300))}`);
  }
}

function expectNoKeys(problems, label, text) {
  const match = UNTRANSLATED_KEY.exec(String(text));
  if (match) problems.push(`${label} shows the untranslated key ${match[0]}`);
}

function isAvailable(tool) {
  if (tool.includes("/")) return fs.existsSync(tool);
  return spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`not ok - ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
