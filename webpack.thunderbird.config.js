/**
 * Bundles the Thunderbird MailExtension: the background script, the popup
 * and the options page, one self-contained script each, into
 * dist/thunderbird/. scripts/build-thunderbird.ts adds the manifest, pages
 * and icons and packs the .xpi.
 */
const path = require("node:path");

const sourceDir = path.resolve(__dirname, "src/hosts/thunderbird");

module.exports = (_env, argv = {}) => ({
  mode: argv.mode ?? "production",
  target: "web",
  context: __dirname,
  entry: {
    background: path.join(sourceDir, "background.ts"),
    popup: path.join(sourceDir, "popup.tsx"),
    options: path.join(sourceDir, "options.ts"),
  },
  output: {
    path: path.resolve(__dirname, "dist/thunderbird"),
    filename: "[name].js",
    clean: true,
  },
  // Extension pages forbid eval under the default Manifest V3 content
  // security policy, so no eval-based source maps.
  devtool: false,
  resolve: {
    extensions: [".ts", ".tsx", ".js", ".mjs"],
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { noEmit: false },
          },
        },
      },
    ],
  },
  optimization: {
    // Each page loads exactly one script, as the manifest and pages list it.
    splitChunks: false,
    runtimeChunk: false,
  },
  performance: { hints: false },
});
