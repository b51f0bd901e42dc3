/**
 * Creates a throwaway Thunderbird profile with the add-on dropped in and
 * preferences that keep the run quiet and on this machine.
 */
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

/** Returns a loopback port that was free a moment ago. */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Writes a profile into a new temporary directory: the .xpi as
 * `extensions/<add-on id>.xpi`, and a user.js. Web traffic goes to a proxy on
 * `closedPort`, where nothing listens, so no request leaves the machine.
 */
function createProfile({ xpiPath, addonId, marionettePort, closedPort }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "md-thunderbird-"));
  const profileDir = path.join(root, "profile");
  const homeDir = path.join(root, "home");
  fs.mkdirSync(path.join(profileDir, "extensions"), { recursive: true });
  fs.mkdirSync(homeDir);
  fs.copyFileSync(xpiPath, path.join(profileDir, "extensions", `${addonId}.xpi`));

  const prefs = {
    // Enable an add-on dropped into the profile's extensions folder.
    "extensions.autoDisableScopes": 0,
    "extensions.enabledScopes": 15,
    "extensions.startupScanScopes": 15,
    "extensions.update.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    "marionette.port": marionettePort,
    // Without an account Thunderbird otherwise opens a modal setup wizard.
    "mail.provider.suppress_dialog_on_startup": true,
    "mail.shell.checkDefaultClient": false,
    "browser.shell.checkDefaultBrowser": false,
    "mail.rights.version": 1,
    "mailnews.start_page.enabled": false,
    "mail.inappnotifications.enabled": false,
    "app.update.auto": false,
    "app.update.enabled": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "datareporting.healthreport.uploadEnabled": false,
    "toolkit.telemetry.enabled": false,
    "toolkit.telemetry.unified": false,
    "network.prefetch-next": false,
    "network.dns.disablePrefetch": true,
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": closedPort,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": closedPort,
    "network.proxy.no_proxies_on": "",
  };
  const lines = Object.entries(prefs).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
  );
  fs.writeFileSync(path.join(profileDir, "user.js"), `${lines.join("\n")}\n`);

  return {
    root,
    profileDir,
    homeDir,
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

module.exports = { createProfile, freeLoopbackPort };
