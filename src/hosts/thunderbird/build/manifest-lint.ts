/**
 * Checks the MailExtension manifest before it is packed. Key names come from
 * Thunderbird's Manifest V3 schema files (the `WebExtensionManifest` and
 * `ManifestBase` types and the keys other namespaces add to them, as
 * published in the thunderbird/webext-schemas repository) and from the
 * "Supported Manifest Keys" page of the Thunderbird developer documentation.
 * Keys listed there as Manifest V2 only (`browser_action`, `applications`,
 * `user_scripts`) are unknown here.
 */

/** The permissions this add-on may request; anything else is a lint error. */
export const ALLOWED_PERMISSIONS: readonly string[] = ["messagesRead", "storage"];

/** Oldest Thunderbird release the add-on supports: 128 ESR. */
export const MIN_THUNDERBIRD_MAJOR = 128;

/** Known keys of an object; `true` marks a value whose keys are not checked. */
interface ObjectSpec {
  keys: Readonly<Record<string, ObjectSpec | true>>;
}

const ICON_SIZE_KEY = /^[1-9]\d*$/;

const geckoSpec: ObjectSpec = {
  keys: {
    id: true,
    strict_min_version: true,
    strict_max_version: true,
    update_url: true,
    admin_install_only: true,
  },
};

/** Top-level keys of a Manifest V3 MailExtension and the objects checked inside. */
const manifestSpec: ObjectSpec = {
  keys: {
    manifest_version: true,
    name: true,
    short_name: true,
    version: true,
    description: true,
    author: true,
    developer: { keys: { name: true, url: true } },
    homepage_url: true,
    install_origins: true,
    default_locale: true,
    browser_specific_settings: {
      keys: {
        gecko: geckoSpec,
        gecko_android: { keys: { strict_min_version: true, strict_max_version: true } },
      },
    },
    icons: true,
    // Thunderbird does not enable background service workers, so only the
    // page and scripts forms are accepted.
    background: { keys: { page: true, scripts: true, type: true } },
    permissions: true,
    optional_permissions: true,
    host_permissions: true,
    optional_host_permissions: true,
    content_security_policy: { keys: { extension_pages: true } },
    web_accessible_resources: true,
    content_scripts: true,
    incognito: true,
    hidden: true,
    options_page: true,
    options_ui: { keys: { page: true, open_in_tab: true, browser_style: true } },
    action: true,
    compose_action: true,
    message_display_action: {
      keys: {
        browser_style: true,
        default_area: true,
        default_icon: true,
        default_label: true,
        default_popup: true,
        default_title: true,
        theme_icons: true,
        type: true,
      },
    },
    cloud_file: true,
    commands: true,
    declarative_net_request: true,
    dictionaries: true,
    experiment_apis: true,
    protocol_handlers: true,
    theme: true,
    dark_theme: true,
    theme_experiment: true,
    minimum_chrome_version: true,
    minimum_opera_version: true,
  },
};

/** One problem found in the manifest, with the JSON path it concerns. */
export interface LintProblem {
  path: string;
  message: string;
}

/**
 * Checks the manifest's structure: Manifest V3, required keys, no unknown
 * keys at the top or inside checked objects, icon size keys, the gecko id
 * and minimum version, and that only the allowed permissions are requested.
 */
export function lintManifest(manifest: unknown): LintProblem[] {
  if (!isObject(manifest)) {
    return [{ path: "$", message: "the manifest is not a JSON object" }];
  }
  const problems: LintProblem[] = [];
  checkKeys(manifest, manifestSpec, "$", problems);

  if (manifest.manifest_version !== 3) {
    problems.push({
      path: "$.manifest_version",
      message: `must be 3, found ${JSON.stringify(manifest.manifest_version)}`,
    });
  }
  for (const key of ["name", "version"]) {
    if (typeof manifest[key] !== "string" || manifest[key] === "") {
      problems.push({ path: `$.${key}`, message: "missing or not a string" });
    }
  }

  checkGecko(manifest, problems);
  checkIconKeys(manifest.icons, "$.icons", problems);
  if (isObject(manifest.message_display_action)) {
    checkIconKeys(
      manifest.message_display_action.default_icon,
      "$.message_display_action.default_icon",
      problems,
    );
  }
  checkPermissions(manifest, problems);
  return problems;
}

/**
 * Compares the requested permissions with those the scripts need: a missing
 * one is an error, because Thunderbird leaves that namespace undefined.
 */
export function lintPermissionUse(
  manifest: unknown,
  requiredPermissions: readonly string[],
): LintProblem[] {
  const requested = isObject(manifest) && Array.isArray(manifest.permissions)
    ? manifest.permissions
    : [];
  return requiredPermissions
    .filter((permission) => !requested.includes(permission))
    .map((permission) => ({
      path: "$.permissions",
      message: `missing "${permission}", which the scripts use`,
    }));
}

/** Lists the files the manifest points to, relative to the add-on's root. */
export function referencedFiles(manifest: unknown): string[] {
  if (!isObject(manifest)) return [];
  const files = new Set<string>();
  const addIcons = (icons: unknown): void => {
    if (typeof icons === "string") files.add(icons);
    if (isObject(icons)) {
      Object.values(icons).forEach((file) => {
        if (typeof file === "string") files.add(file);
      });
    }
  };

  addIcons(manifest.icons);
  if (isObject(manifest.background)) {
    const { scripts, page } = manifest.background;
    if (Array.isArray(scripts)) {
      scripts.forEach((file) => typeof file === "string" && files.add(file));
    }
    if (typeof page === "string") files.add(page);
  }
  if (isObject(manifest.message_display_action)) {
    const action = manifest.message_display_action;
    if (typeof action.default_popup === "string") files.add(action.default_popup);
    addIcons(action.default_icon);
  }
  if (isObject(manifest.options_ui) && typeof manifest.options_ui.page === "string") {
    files.add(manifest.options_ui.page);
  }
  return [...files].sort();
}

function checkKeys(
  value: Record<string, unknown>,
  spec: ObjectSpec,
  path: string,
  problems: LintProblem[],
): void {
  for (const [key, child] of Object.entries(value)) {
    const childSpec = spec.keys[key];
    if (childSpec === undefined) {
      problems.push({ path: `${path}.${key}`, message: "unknown key" });
    } else if (childSpec !== true) {
      if (isObject(child)) {
        checkKeys(child, childSpec, `${path}.${key}`, problems);
      } else {
        problems.push({ path: `${path}.${key}`, message: "must be an object" });
      }
    }
  }
}

function checkGecko(manifest: Record<string, unknown>, problems: LintProblem[]): void {
  const settings = manifest.browser_specific_settings;
  const gecko = isObject(settings) ? settings.gecko : undefined;
  const path = "$.browser_specific_settings.gecko";
  if (!isObject(gecko)) {
    problems.push({ path, message: "missing; Thunderbird needs the add-on id" });
    return;
  }

  // An id of the form name@domain, as Thunderbird's ExtensionID type allows.
  if (typeof gecko.id !== "string" || !/^[a-z0-9._-]*@[a-z0-9._-]+$/i.test(gecko.id)) {
    problems.push({ path: `${path}.id`, message: "missing or not of the form name@domain" });
  }
  const major = typeof gecko.strict_min_version === "string"
    ? Number.parseInt(gecko.strict_min_version, 10)
    : Number.NaN;
  if (!(major >= MIN_THUNDERBIRD_MAJOR)) {
    problems.push({
      path: `${path}.strict_min_version`,
      message: `must be at least "${MIN_THUNDERBIRD_MAJOR}.0"`,
    });
  }
}

function checkIconKeys(icons: unknown, path: string, problems: LintProblem[]): void {
  if (icons === undefined || typeof icons === "string") return;
  if (!isObject(icons)) {
    problems.push({ path, message: "must be an object of size to file" });
    return;
  }
  for (const [size, file] of Object.entries(icons)) {
    if (!ICON_SIZE_KEY.test(size)) {
      problems.push({ path: `${path}.${size}`, message: "icon size must be a positive integer" });
    }
    if (typeof file !== "string" || file.trim() === "") {
      problems.push({ path: `${path}.${size}`, message: "icon path must be a file name" });
    }
  }
}

function checkPermissions(manifest: Record<string, unknown>, problems: LintProblem[]): void {
  const permissions = manifest.permissions;
  if (permissions !== undefined && !Array.isArray(permissions)) {
    problems.push({ path: "$.permissions", message: "must be an array" });
  }
  if (Array.isArray(permissions)) {
    permissions.forEach((permission, index) => {
      if (typeof permission !== "string" || !ALLOWED_PERMISSIONS.includes(permission)) {
        problems.push({
          path: `$.permissions[${index}]`,
          message: `${JSON.stringify(permission)} is not allowed; only ${ALLOWED_PERMISSIONS.join(" and ")} are`,
        });
      } else if (permissions.indexOf(permission) !== index) {
        problems.push({ path: `$.permissions[${index}]`, message: `duplicate "${permission}"` });
      }
    });
  }

  for (const key of ["optional_permissions", "host_permissions", "optional_host_permissions"]) {
    const value = manifest[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      problems.push({ path: `$.${key}`, message: "must be absent: the add-on requests no further permissions" });
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
