/**
 * Offline checks of an XML add-in only manifest: well-formedness, the
 * structure that Outlook needs, resources, URLs and icons. No npm package
 * ships Microsoft's XML schemas (XSD) for add-in manifests, so
 * converted-checks.ts adds a schema check of the converted manifest.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { httpsProblem, iconUrlProblem, type Problem } from "./checks";

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | XmlNode | XmlValue[];

const PERMISSIONS = [
  "Restricted",
  "ReadItem",
  "ReadWriteItem",
  "ReadWriteMailbox",
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) {
    return [];
  }
  return value.map((item) =>
    typeof item === "object" && !Array.isArray(item)
      ? item
      : { "#text": String(item) },
  );
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

function text(node: XmlNode | undefined): string {
  const value = node?.["#text"];
  return typeof value === "string" ? value.trim() : "";
}

/** Calls `visit` for every element below `node` with its path. */
function walk(
  node: XmlNode,
  where: string,
  visit: (element: XmlNode, where: string) => void,
): void {
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith("@") || name === "#text" || !Array.isArray(value)) {
      continue;
    }
    children(node, name).forEach((child) => {
      const childPath = `${where}/${name}`;
      visit(child, childPath);
      walk(child, childPath, visit);
    });
  }
}

/**
 * Checks the XML manifest text. `folder` is the built folder the base URL
 * serves; icons are looked up in it. Returns every problem found.
 */
export function checkXmlManifest(
  xml: string,
  file: string,
  folder: string,
): Problem[] {
  const problems: Problem[] = [];
  const report = (where: string, message: string) =>
    problems.push({ file, where, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, col, msg } = wellFormed.err;
    report(`line ${line}, column ${col}`, `not well-formed XML: ${msg}`);
    return problems;
  }

  const officeApp = children(parser.parse(xml) as XmlNode, "OfficeApp")[0];
  if (!officeApp) {
    report("/", "the root element must be <OfficeApp>");
    return problems;
  }
  const one = (parent: XmlNode, name: string, where: string) => {
    const found = children(parent, name);
    if (found.length !== 1) {
      report(
        `${where}/${name}`,
        `expected exactly one <${name}>, found ${found.length}`,
      );
    }
    return found[0];
  };

  if (
    attribute(officeApp, "xmlns") !==
    "http://schemas.microsoft.com/office/appforoffice/1.1"
  ) {
    report(
      "/OfficeApp",
      "xmlns must be http://schemas.microsoft.com/office/appforoffice/1.1",
    );
  }
  if (attribute(officeApp, "xsi:type") !== "MailApp") {
    report(
      "/OfficeApp",
      `xsi:type must be MailApp for an Outlook add-in, not ${attribute(officeApp, "xsi:type") ?? "missing"}`,
    );
  }
  const id = text(one(officeApp, "Id", "/OfficeApp"));
  if (!GUID.test(id)) {
    report("/OfficeApp/Id", `"${id}" is not a GUID`);
  }
  const version = text(one(officeApp, "Version", "/OfficeApp"));
  if (!FOUR_PART_VERSION.test(version)) {
    report(
      "/OfficeApp/Version",
      `"${version}" must have four numeric parts, such as 1.0.0.0`,
    );
  }
  for (const name of ["ProviderName", "DefaultLocale"]) {
    if (text(one(officeApp, name, "/OfficeApp")) === "") {
      report(`/OfficeApp/${name}`, "must not be empty");
    }
  }
  for (const name of [
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
  ]) {
    const node = one(officeApp, name, "/OfficeApp");
    if (node && !attribute(node, "DefaultValue")) {
      report(`/OfficeApp/${name}`, "DefaultValue is missing or empty");
    }
  }
  const permissions = text(one(officeApp, "Permissions", "/OfficeApp"));
  if (!PERMISSIONS.includes(permissions)) {
    report(
      "/OfficeApp/Permissions",
      `"${permissions}" is not one of ${PERMISSIONS.join(", ")}`,
    );
  }
  if (children(officeApp, "Rule").length === 0) {
    report("/OfficeApp/Rule", "a mail add-in needs an activation <Rule>");
  }
  const hosts = children(children(officeApp, "Hosts")[0] ?? {}, "Host");
  if (!hosts.some((host) => attribute(host, "Name") === "Mailbox")) {
    report("/OfficeApp/Hosts", 'needs <Host Name="Mailbox"/>');
  }

  const form = children(
    children(officeApp, "FormSettings")[0] ?? {},
    "Form",
  ).find((node) => attribute(node, "xsi:type") === "ItemRead");
  const source = children(
    children(form ?? {}, "DesktopSettings")[0] ?? {},
    "SourceLocation",
  )[0];
  const taskpaneUrl = source ? attribute(source, "DefaultValue") : undefined;
  if (taskpaneUrl === undefined) {
    report(
      "/OfficeApp/FormSettings/Form[ItemRead]/DesktopSettings/SourceLocation",
      "is missing",
    );
  }

  // Every URL in the manifest must be https.
  walk(officeApp, "/OfficeApp", (element, where) => {
    for (const name of ["DefaultValue", "Value"]) {
      const value = attribute(element, name);
      if (value !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const reason = httpsProblem(value);
        if (reason) report(`${where}@${name}`, reason);
      }
    }
    if (where.endsWith("/AppDomain")) {
      const reason = httpsProblem(text(element));
      if (reason) report(where, reason);
    }
  });

  problems.push(...checkResources(officeApp, file));
  if (taskpaneUrl !== undefined && httpsProblem(taskpaneUrl) === undefined) {
    problems.push(
      ...checkIcons(officeApp, file, new URL(".", taskpaneUrl).href, folder),
    );
  }
  return problems;
}

/**
 * Limits on resources from Microsoft's manifest reference (the Resources
 * and String elements): ids of at most 32 characters, URLs of at most
 * 2048, short strings of at most 125 and long strings of at most 250.
 */
const MAX_RESOURCE_ID_LENGTH = 32;
const MAX_VALUE_LENGTH: Record<string, number> = {
  "bt:Urls": 2048,
  "bt:ShortStrings": 125,
  "bt:LongStrings": 250,
};

/**
 * Checks that resource ids are unique and short enough, values fit their
 * limits, and every resid names a resource.
 */
function checkResources(officeApp: XmlNode, file: string): Problem[] {
  const problems: Problem[] = [];
  const declared = new Set<string>();
  const referenced: { resid: string; where: string }[] = [];
  walk(officeApp, "/OfficeApp", (element, where) => {
    const id = attribute(element, "id");
    if (id !== undefined && where.includes("/Resources/")) {
      const at = `${where}[@id="${id}"]`;
      if (declared.has(id)) {
        problems.push({ file, where: at, message: "id is not unique" });
      }
      declared.add(id);
      if (id.length > MAX_RESOURCE_ID_LENGTH) {
        problems.push({
          file,
          where: at,
          message: `id is ${id.length} characters, more than ${MAX_RESOURCE_ID_LENGTH}`,
        });
      }
      const group = /\/(bt:[A-Za-z]+)\/[^/]+$/.exec(where)?.[1] ?? "";
      const limit = MAX_VALUE_LENGTH[group];
      const values = [element, ...children(element, "bt:Override")].map(
        (node) => attribute(node, "DefaultValue") ?? attribute(node, "Value"),
      );
      for (const value of values) {
        if (
          limit !== undefined &&
          value !== undefined &&
          value.length > limit
        ) {
          problems.push({
            file,
            where: at,
            message: `value is ${value.length} characters, more than the ${limit} allowed in <${group}>`,
          });
        }
      }
    }
    const resid = attribute(element, "resid");
    if (resid !== undefined) {
      referenced.push({ resid, where });
    }
  });
  for (const { resid, where } of referenced) {
    if (!declared.has(resid)) {
      problems.push({
        file,
        where: `${where}[@resid="${resid}"]`,
        message: "names no resource under <Resources>",
      });
    }
  }
  return problems;
}

/** Checks each icon the manifest names against the file in `folder`. */
function checkIcons(
  officeApp: XmlNode,
  file: string,
  baseUrl: string,
  folder: string,
): Problem[] {
  const icons: { where: string; url: string; size: number }[] = [];
  const add = (name: string, size: number) => {
    const url = attribute(children(officeApp, name)[0] ?? {}, "DefaultValue");
    if (url) icons.push({ where: `/OfficeApp/${name}`, url, size });
  };
  add("IconUrl", 64);
  add("HighResolutionIconUrl", 128);

  const images = new Map<string, string>();
  walk(officeApp, "/OfficeApp", (element, where) => {
    const id = attribute(element, "id");
    const url = attribute(element, "DefaultValue");
    if (where.endsWith("/bt:Images/bt:Image") && id && url) images.set(id, url);
  });
  walk(officeApp, "/OfficeApp", (element, where) => {
    const resid = attribute(element, "resid");
    const size = Number(attribute(element, "size"));
    const url = resid === undefined ? undefined : images.get(resid);
    if (where.endsWith("/Icon/bt:Image") && url) {
      icons.push({ where: `${where}[@resid="${resid}"]`, url, size });
    }
  });

  return icons.flatMap((icon) => {
    const reason = iconUrlProblem(icon.url, icon.size, baseUrl, folder);
    return reason ? [{ file, where: icon.where, message: reason }] : [];
  });
}
