// Entry point of the bench-only parse floor: one process that reads each
// file named on the command line and parses it with postal-mime, as the
// command line's analysis does first, and prints one JSON line per file.
// Its time is the least a whole-process analysis built on postal-mime takes.
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";

async function main(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const email = await PostalMime.parse(readFileSync(file), {
      forceRfc822Attachments: true,
    });
    process.stdout.write(
      `${JSON.stringify({ file, parts: email.attachments.length })}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`postal-mime floor: ${detail}\n`);
  process.exitCode = 1;
});
