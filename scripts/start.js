#!/usr/bin/env node
/**
 * Serves the task pane and the preview page over HTTPS on localhost:3000.
 *
 * Office add-ins must load over HTTPS, so this script makes a development
 * certificate authority and a localhost certificate in .certs/ inside the
 * project. That needs no administrator rights; trusting the CA is a separate,
 * manual step that the script prints.
 */
const { X509Certificate, createPrivateKey } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const certDir = path.join(root, ".certs");
const caPath = path.join(certDir, "ca.crt");
const certPath = path.join(certDir, "localhost.crt");
const keyPath = path.join(certDir, "localhost.key");

const HOST = "localhost";
const PORT = 3000;
const CERT_DAYS = 30;
/** Certificates closer than this to expiry are made again. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

/** Tells whether the saved certificates exist, match and stay valid for a day. */
function certificatesUsable() {
  if (![caPath, certPath, keyPath].every((file) => fs.existsSync(file))) {
    return false;
  }
  try {
    const ca = new X509Certificate(fs.readFileSync(caPath));
    const cert = new X509Certificate(fs.readFileSync(certPath));
    const key = createPrivateKey(fs.readFileSync(keyPath));
    const renewAfter = Date.now() + RENEW_BEFORE_MS;
    return (
      cert.checkIssued(ca) &&
      cert.verify(ca.publicKey) &&
      cert.checkPrivateKey(key) &&
      cert.checkHost(HOST) !== undefined &&
      Date.parse(cert.validTo) > renewAfter &&
      Date.parse(ca.validTo) > renewAfter
    );
  } catch {
    return false;
  }
}

/** Makes a new CA and localhost certificate in .certs/, replacing old ones. */
async function makeCertificates() {
  const { generateCertificates } = require("office-addin-dev-certs");

  // generateCertificates writes nothing when the CA file already exists, so
  // stale files go first.
  for (const file of [caPath, certPath, keyPath])
    fs.rmSync(file, { force: true });
  await generateCertificates(caPath, certPath, keyPath, CERT_DAYS, [
    "127.0.0.1",
    HOST,
  ]);
  fs.chmodSync(keyPath, 0o600);
}

function printTrustHelp() {
  console.log(
    [
      "",
      "Browsers and Office trust the page only after you trust the development CA:",
      `  CA certificate: ${caPath}`,
      "  Linux (Debian/Ubuntu): sudo cp .certs/ca.crt /usr/local/share/ca-certificates/mail-diagnostics-dev.crt && sudo update-ca-certificates",
      "  macOS: sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain .certs/ca.crt",
      "  Windows: certutil -addstore -user Root .certs\\ca.crt",
      "  curl without trusting it: curl --cacert .certs/ca.crt https://localhost:3000/preview.html",
      "",
    ].join("\n"),
  );
}

async function main() {
  if (certificatesUsable()) {
    console.log(`Using the development certificates in ${certDir}`);
  } else {
    try {
      await makeCertificates();
    } catch (error) {
      console.error(
        `Could not make development certificates in ${certDir}: ${error.message}\n` +
          "Check that the folder is writable, or delete it and run npm start again.",
      );
      process.exit(1);
    }
    if (!certificatesUsable()) {
      console.error(
        `The certificates made in ${certDir} are invalid. Delete the folder and run npm start again.`,
      );
      process.exit(1);
    }
    console.log(`Made development certificates in ${certDir}`);
  }

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(root, "webpack.config.js"))(
    {},
    {
      mode: "development",
    },
  );

  const server = new WebpackDevServer(
    {
      host: HOST,
      port: PORT,
      server: {
        type: "https",
        options: {
          ca: fs.readFileSync(caPath),
          cert: fs.readFileSync(certPath),
          key: fs.readFileSync(keyPath),
        },
      },
      open: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
    },
    webpack(config),
  );

  try {
    await server.start();
  } catch (error) {
    console.error(
      `Could not start the dev server on https://${HOST}:${PORT}: ${error.message}\n` +
        `If another program uses port ${PORT}, stop it and run npm start again.`,
    );
    process.exit(1);
  }

  console.log(`\nPreview page: https://${HOST}:${PORT}/preview.html`);
  console.log(`Task pane:    https://${HOST}:${PORT}/taskpane.html`);
  printTrustHelp();

  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();
