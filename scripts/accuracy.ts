/**
 * Measures how well bounce analysis agrees with a labelled corpus.
 *
 * Usage: npm run accuracy [DIR]
 *
 * DIR (default ../shared/corpus/bounces) contains `eml/*.eml` and
 * `expected.jsonl`, one JSON line per expected recipient. Recipients are
 * matched by position within a file; status and reply code are compared
 * only where the expected value is not null, and a value where null is
 * expected counts as a false code. Prints a table per family (file name
 * without line-ending prefix and number) and overall, and writes every
 * disagreement to accuracy-disagreements.txt in the working directory.
 * A second overall row leaves out the recipients whose labels
 * docs/accuracy-exceptions.md records as wrong. Where Perl's Sisimai module
 * is installed, scores it on the same files.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeBounce } from "../src/core/bounce";
import { parseMessage } from "../src/core/mime";

interface Expected {
  file: string;
  recipient: number;
  messageKind: string;
  status?: string | null;
  replyCode?: string | null;
  reason?: string | null;
}

/** Results of one parser for one file. */
interface Observed {
  messageKind: string;
  format: string;
  recipients: {
    status: string | null;
    replyCode: string | null;
    reason: string | null;
  }[];
}

interface Tally {
  messages: number;
  kindRight: number;
  recipients: number;
  found: number;
  statusExpected: number;
  statusRight: number;
  replyExpected: number;
  replyRight: number;
  reasonRight: number;
  falseCodes: number;
  formats: Set<string>;
}

const corpusDir = path.resolve(
  process.argv[2] ?? path.resolve(__dirname, "../../shared/corpus/bounces"),
);
const emlDir = path.join(corpusDir, "eml");
const exceptionsFile = path.resolve(
  __dirname,
  "../docs/accuracy-exceptions.md",
);

function newTally(): Tally {
  return {
    messages: 0,
    kindRight: 0,
    recipients: 0,
    found: 0,
    statusExpected: 0,
    statusRight: 0,
    replyExpected: 0,
    replyRight: 0,
    reasonRight: 0,
    falseCodes: 0,
    formats: new Set(),
  };
}

function familyOf(file: string): string {
  return file
    .replace(/^(?:dos|mac)-/, "")
    .replace(/\.eml$/, "")
    .replace(/-\d+$/, "");
}

/**
 * Reads `- FILE #N: why` lines of the exceptions document as `FILE#N` keys;
 * an entry covers the file's `dos-` and `mac-` copies too.
 */
function readExceptions(): Set<string> {
  const keys = new Set<string>();
  let text = "";
  try {
    text = readFileSync(exceptionsFile, "utf8");
  } catch {
    return keys;
  }
  for (const match of text.matchAll(/^- (\S+\.eml) #(\d+):/gm)) {
    for (const prefix of ["", "dos-", "mac-"])
      keys.add(`${prefix}${match[1]}#${match[2]}`);
  }
  return keys;
}

function readExpected(): Map<string, Expected[]> {
  const byFile = new Map<string, Expected[]>();
  const lines = readFileSync(path.join(corpusDir, "expected.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  for (const line of lines) {
    const entry = JSON.parse(line) as Expected;
    const list = byFile.get(entry.file) ?? [];
    list.push(entry);
    byFile.set(entry.file, list);
  }
  for (const list of byFile.values())
    list.sort((a, b) => a.recipient - b.recipient);
  return byFile;
}

async function observeProduct(file: string): Promise<Observed> {
  const message = await parseMessage(readFileSync(path.join(emlDir, file)));
  const report = analyzeBounce(message);
  if (!report) return { messageKind: "none", format: "none", recipients: [] };
  return {
    messageKind: report.messageKind,
    format: report.format,
    recipients: report.recipients.map((recipient) => ({
      status: recipient.status,
      replyCode: recipient.replyCode,
      reason: recipient.reason,
    })),
  };
}

/** Perl program that prints one JSON line per file with Sisimai's results. */
const SISIMAI_PROGRAM = String.raw`
use strict; use warnings; use Sisimai; use JSON::PP;
my $json = JSON::PP->new->canonical;
while (my $file = <STDIN>) {
  chomp $file;
  my $data = eval { Sisimai->make($file, delivered => 1, vacation => 1) } || [];
  my @recipients = map { {
    status => ($_->deliverystatus || undef),
    replyCode => ($_->replycode || undef),
    reason => $_->reason,
    agent => $_->smtpagent,
  } } @$data;
  print $json->encode({ file => $file, recipients => \@recipients }), "\n";
}
`;

function observeSisimai(files: string[]): Map<string, Observed> | null {
  try {
    execFileSync("perl", ["-MSisimai", "-e1"], { stdio: "ignore" });
  } catch {
    return null;
  }

  const output = execFileSync("perl", ["-e", SISIMAI_PROGRAM], {
    input: files.map((file) => path.join(emlDir, file)).join("\n"),
    maxBuffer: 64 * 1024 * 1024,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "ignore"],
  });
  const observed = new Map<string, Observed>();
  for (const line of output.split("\n").filter((item) => item !== "")) {
    const entry = JSON.parse(line) as {
      file: string;
      recipients: (Observed["recipients"][number] & { agent: string })[];
    };
    const reasons = entry.recipients.map((recipient) => recipient.reason);
    const kind =
      entry.recipients.length === 0
        ? "none"
        : reasons.every((reason) => reason === "feedback")
          ? "feedback-report"
          : reasons.every((reason) => reason === "vacation")
            ? "auto-reply"
            : reasons.every((reason) => reason === "delivered")
              ? "delivery-success"
              : "bounce";
    observed.set(path.basename(entry.file), {
      messageKind: kind,
      format: entry.recipients[0]?.agent ?? "none",
      recipients: entry.recipients,
    });
  }
  return observed;
}

function score(
  file: string,
  expected: Expected[],
  observed: Observed,
  tally: Tally,
  disagreements: string[] | null,
  expectedKind = expected[0]?.messageKind ?? "none",
): void {
  const note = (text: string): void => {
    disagreements?.push(`${file}\t${text}`);
  };

  tally.messages += 1;
  tally.formats.add(observed.format);
  if (observed.messageKind === expectedKind) tally.kindRight += 1;
  else note(`kind: expected ${expectedKind}, got ${observed.messageKind}`);

  for (const entry of expected.filter((item) => item.recipient > 0)) {
    const got = observed.recipients[entry.recipient - 1];
    tally.recipients += 1;
    if (!got) {
      note(`#${entry.recipient}: recipient not found`);
      continue;
    }
    tally.found += 1;

    const compare = (
      field: "status" | "replyCode",
      want: string | null | undefined,
      have: string | null,
    ): void => {
      if (want === null || want === undefined) {
        if (have !== null) {
          tally.falseCodes += 1;
          note(`#${entry.recipient}: ${field} expected none, got ${have}`);
        }
        return;
      }
      if (field === "status") tally.statusExpected += 1;
      else tally.replyExpected += 1;
      if (want === have) {
        if (field === "status") tally.statusRight += 1;
        else tally.replyRight += 1;
      } else {
        note(`#${entry.recipient}: ${field} expected ${want}, got ${have}`);
      }
    };
    compare("status", entry.status, got.status);
    compare("replyCode", entry.replyCode, got.replyCode);

    if (entry.reason === got.reason) tally.reasonRight += 1;
    else
      note(
        `#${entry.recipient}: reason expected ${entry.reason}, got ${got.reason}`,
      );
  }
}

function add(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as (keyof Tally)[]) {
    if (key === "formats")
      part.formats.forEach((format) => total.formats.add(format));
    else total[key] += part[key];
  }
}

function percent(right: number, all: number): string {
  return all === 0 ? "-" : `${((100 * right) / all).toFixed(1)}%`;
}

function row(name: string, tally: Tally, withFormats: boolean): string {
  const cells = [
    name.padEnd(28),
    `${tally.kindRight}/${tally.messages}`.padStart(9),
    percent(tally.found, tally.recipients).padStart(7),
    percent(tally.statusRight, tally.statusExpected).padStart(7),
    percent(tally.replyRight, tally.replyExpected).padStart(7),
    percent(tally.reasonRight, tally.recipients).padStart(7),
    String(tally.falseCodes).padStart(5),
  ];
  if (withFormats) cells.push(` ${[...tally.formats].sort().join(",")}`);
  return cells.join(" ");
}

function printTable(
  title: string,
  families: Map<string, Tally>,
  withFormats: boolean,
): Tally {
  const total = newTally();
  console.log(`\n${title}`);
  console.log(
    `${"family".padEnd(28)} ${"kind".padStart(9)} ${"found".padStart(7)} ${"status".padStart(7)} ${"reply".padStart(7)} ${"reason".padStart(7)} ${"false".padStart(5)}${withFormats ? " formats" : ""}`,
  );
  for (const [family, tally] of [...families].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    console.log(row(family, tally, withFormats));
    add(total, tally);
  }
  console.log(row("OVERALL", total, false));
  return total;
}

/** Prints each family's figures for both parsers: ours, then Sisimai's. */
function printSideBySide(
  product: Map<string, Tally>,
  sisimai: Map<string, Tally>,
): void {
  const pair = (ours: string, theirs: string): string =>
    `${ours.padStart(7)} ${theirs.padStart(7)}`;
  console.log("\nPer family, Mail Diagnostics then Sisimai");
  console.log(
    `${"family".padEnd(28)} ${pair("kind", "")} ${pair("status", "")} ${pair("reply", "")} ${pair("reason", "")}`,
  );
  for (const [family, ours] of [...product].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const theirs = sisimai.get(family) ?? newTally();
    console.log(
      [
        family.padEnd(28),
        pair(
          percent(ours.kindRight, ours.messages),
          percent(theirs.kindRight, theirs.messages),
        ),
        pair(
          percent(ours.statusRight, ours.statusExpected),
          percent(theirs.statusRight, theirs.statusExpected),
        ),
        pair(
          percent(ours.replyRight, ours.replyExpected),
          percent(theirs.replyRight, theirs.replyExpected),
        ),
        pair(
          percent(ours.reasonRight, ours.recipients),
          percent(theirs.reasonRight, theirs.recipients),
        ),
      ].join(" "),
    );
  }
}

async function main(): Promise<void> {
  if (
    !existsSync(emlDir) ||
    !existsSync(path.join(corpusDir, "expected.jsonl"))
  ) {
    console.error(
      `Corpus not found: ${corpusDir} must contain eml/ and expected.jsonl. Pass the corpus folder as the first argument.`,
    );
    process.exitCode = 1;
    return;
  }
  const expected = readExpected();
  const files = readdirSync(emlDir)
    .filter((file) => file.endsWith(".eml"))
    .sort();
  const disagreements: string[] = [];
  const product = new Map<string, Tally>();
  const exceptions = readExceptions();
  const adjusted = newTally();
  let crashes = 0;

  for (const file of files) {
    const tally = product.get(familyOf(file)) ?? newTally();
    product.set(familyOf(file), tally);
    let observed: Observed;
    try {
      observed = await observeProduct(file);
    } catch (error) {
      crashes += 1;
      disagreements.push(
        `${file}\tcrash: ${error instanceof Error ? error.message : String(error)}`,
      );
      observed = { messageKind: "crash", format: "crash", recipients: [] };
    }
    score(file, expected.get(file) ?? [], observed, tally, disagreements);
    const kept = (expected.get(file) ?? []).filter(
      (entry) => !exceptions.has(`${file}#${entry.recipient}`),
    );
    const kind = expected.get(file)?.[0]?.messageKind ?? "none";
    score(file, kept, observed, adjusted, null, kind);
  }

  const productTotal = printTable("Mail Diagnostics", product, true);
  console.log(row("OVERALL without exceptions", adjusted, false));
  console.log(`crashes: ${crashes}`);

  const sisimai = observeSisimai(files);
  if (sisimai) {
    const families = new Map<string, Tally>();
    for (const file of files) {
      const tally = families.get(familyOf(file)) ?? newTally();
      families.set(familyOf(file), tally);
      const observed = sisimai.get(file) ?? {
        messageKind: "none",
        format: "none",
        recipients: [],
      };
      score(file, expected.get(file) ?? [], observed, tally, null);
    }
    const sisimaiTotal = newTally();
    for (const tally of families.values()) add(sisimaiTotal, tally);
    printSideBySide(product, families);
    console.log("\nSide by side (whole corpus)");
    console.log(
      `${"parser".padEnd(28)} ${"kind".padStart(9)} ${"found".padStart(7)} ${"status".padStart(7)} ${"reply".padStart(7)} ${"reason".padStart(7)} ${"false".padStart(5)}`,
    );
    console.log(row("Mail Diagnostics", productTotal, false));
    console.log(row("Sisimai (Perl, Debian)", sisimaiTotal, false));
  } else {
    console.log(
      "\nSisimai (perl -MSisimai) is not installed; no side-by-side comparison.",
    );
  }

  writeFileSync("accuracy-disagreements.txt", `${disagreements.join("\n")}\n`);
  console.log(
    `\n${disagreements.length} disagreements written to accuracy-disagreements.txt`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
