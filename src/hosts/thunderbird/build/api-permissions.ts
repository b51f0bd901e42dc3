/**
 * Which MailExtension permission each API call needs, and which calls a
 * script makes. Namespace permissions and member names are read from the
 * installed `@types/thunderbird-webext-browser` declarations, whose doc
 * comments carry Thunderbird's schema annotation `Permissions: `name``.
 */

/** One API namespace and what using it requires. */
export interface ApiNamespace {
  name: string;
  /** Permissions the whole namespace needs; empty when none. */
  permissions: string[];
  /** Functions, events and properties the namespace exports. */
  members: string[];
}

/** One use of the API found in a script. */
export interface ApiUse {
  namespace: string;
  member: string;
}

/**
 * Members of `messages` that need a permission beyond `messagesRead`, from
 * Thunderbird's Manifest V3 schema (messages.json): listing and the folder
 * events need `accountsRead`, and changing messages needs the permission
 * named after the change.
 */
const MEMBER_PERMISSIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  messages: {
    list: "accountsRead",
    onMoved: "accountsRead",
    onCopied: "accountsRead",
    onDeleted: "accountsRead",
    onNewMailReceived: "accountsRead",
    move: "messagesMove",
    copy: "messagesMove",
    delete: "messagesDelete",
    import: "messagesImport",
    createTag: "messagesTags",
    updateTag: "messagesTags",
    deleteTag: "messagesTags",
  },
};

/**
 * Reads the API namespaces from the declaration file's `messenger`
 * namespace: each `export namespace` at the first level, the
 * `Permissions:` line of its doc comment, and its exported functions and
 * constants.
 */
export function readApiNamespaces(declarations: string): ApiNamespace[] {
  const start = declarations.indexOf("declare namespace messenger {");
  const end = declarations.indexOf("\ndeclare namespace browser {");
  if (start < 0) {
    throw new Error(
      "The Thunderbird API declarations have no `declare namespace messenger` block.",
    );
  }
  const lines = declarations.slice(start, end < 0 ? undefined : end).split("\n");

  const namespaces: ApiNamespace[] = [];
  let pendingPermissions: string[] = [];
  let current: ApiNamespace | null = null;

  for (const line of lines) {
    const permissionLine = /^ {5}\* Permissions: (.+)$/.exec(line);
    const namespaceLine = /^ {4}export namespace (\w+) \{/.exec(line);
    const memberLine = /^ {8}export (?:function|const) (\w+)/.exec(line);

    if (permissionLine?.[1] !== undefined) {
      pendingPermissions = [...permissionLine[1].matchAll(/`(\w+)`/g)]
        .map((match) => match[1] as string)
        .filter((name, index, all) => all.indexOf(name) === index);
    } else if (namespaceLine?.[1] !== undefined) {
      current = {
        name: namespaceLine[1],
        permissions: pendingPermissions,
        members: [],
      };
      namespaces.push(current);
      pendingPermissions = [];
    } else if (/^ {4}\}/.test(line)) {
      current = null;
    } else if (current && memberLine?.[1] !== undefined) {
      if (!current.members.includes(memberLine[1])) {
        current.members.push(memberLine[1]);
      }
    }
  }
  return namespaces.filter((namespace) => !namespace.name.startsWith("_"));
}

/**
 * Finds the API calls in a script, bundled or not. A use is
 * `messenger.<namespace>` or `browser.<namespace>`, or `.<namespace>.<member>`
 * with a member that namespace exports: minifiers keep property names, but
 * they rename the variable that holds the `messenger` object.
 */
export function findApiUses(
  code: string,
  namespaces: readonly ApiNamespace[],
): ApiUse[] {
  const byName = new Map(namespaces.map((namespace) => [namespace.name, namespace]));
  const uses = new Map<string, ApiUse>();
  const add = (namespace: string, member: string): void => {
    uses.set(`${namespace}.${member}`, { namespace, member });
  };

  const directPattern = /(?<![\w$.])(?:messenger|browser)\.(\w+)(?:\.(\w+))?/g;
  for (const match of code.matchAll(directPattern)) {
    const namespace = match[1] as string;
    if (byName.has(namespace)) add(namespace, match[2] ?? "");
  }

  const memberPattern = /\.(\w+)(?=\.(\w+))/g;
  for (const match of code.matchAll(memberPattern)) {
    const namespace = byName.get(match[1] as string);
    const member = match[2] as string;
    if (namespace?.members.includes(member)) add(namespace.name, member);
  }
  return [...uses.values()].sort((a, b) =>
    `${a.namespace}.${a.member}`.localeCompare(`${b.namespace}.${b.member}`),
  );
}

/** Returns the permissions that the given API uses need, sorted. */
export function requiredPermissions(
  uses: readonly ApiUse[],
  namespaces: readonly ApiNamespace[],
): string[] {
  const byName = new Map(namespaces.map((namespace) => [namespace.name, namespace]));
  const permissions = new Set<string>();
  for (const use of uses) {
    for (const permission of byName.get(use.namespace)?.permissions ?? []) {
      permissions.add(permission);
    }
    const extra = MEMBER_PERMISSIONS[use.namespace]?.[use.member];
    if (extra) permissions.add(extra);
  }
  return [...permissions].sort();
}
