import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { analyzeMessage } from "../../src/core/analyze";
import { analyzeAuthentication } from "../../src/core/auth";
import { analyzeBounce } from "../../src/core/bounce";
import { parseMessage } from "../../src/core/mime";
import type { ParsedMessage } from "../../src/core/mime/types";
import { corpusFiles } from "../lib/paths";
import { judge, notMeasured, type SectionResult } from "../lib/report";
import { formatMs, formatRatio, median } from "../lib/stats";

const PASSES = 7;
const TARGET = "In-process analysis vs postal-mime parse";
const GOAL = "≤ 1.5× postal-mime's parse time";

/**
 * Times, in this process and after a warm-up pass, one full pass over the
 * corpus with `analyzeMessage` and with a plain `PostalMime.parse` (default
 * options), alternating the two so drift hits both alike. Reports the median
 * pass divided by the message count.
 */
export async function benchInProcess(): Promise<SectionResult> {
  const title = "In-process analysis per message (warm)";
  const messages = corpusFiles().map((file) => readFileSync(file));
  if (messages.length === 0) {
    return {
      title,
      lines: ["corpus not found"],
      targets: [notMeasured(TARGET, GOAL, "corpus not found")],
    };
  }

  const passes = {
    analyze: [] as number[],
    postal: [] as number[],
    postalForced: [] as number[],
  };
  let rejected = 0;

  const analyzeAll = async (): Promise<void> => {
    rejected = 0;
    for (const message of messages) {
      try {
        await analyzeMessage(message);
      } catch {
        rejected++;
      }
    }
  };
  const parseAll = async (forceRfc822Attachments: boolean): Promise<void> => {
    for (const message of messages) {
      try {
        await PostalMime.parse(message, { forceRfc822Attachments });
      } catch {
        // postal-mime rejections count as parsed: both sides see the same files.
      }
    }
  };

  await analyzeAll();
  await parseAll(false);
  for (let pass = 0; pass < PASSES; pass++) {
    passes.analyze.push(await timed(analyzeAll));
    passes.postal.push(await timed(() => parseAll(false)));
    passes.postalForced.push(await timed(() => parseAll(true)));
  }

  const count = messages.length;
  const ours = median(passes.analyze) / count;
  const postal = median(passes.postal) / count;
  const postalForced = median(passes.postalForced) / count;
  const ratio = ours / postal;
  const lines = [
    `${count} messages, median of ${PASSES} passes`,
    `analyzeMessage: ${formatMs(ours)} per message` +
      (rejected > 0 ? ` (${rejected} rejected with an error)` : ""),
    `PostalMime.parse, default options: ${formatMs(postal)} per message`,
    `PostalMime.parse, forceRfc822Attachments: ${formatMs(postalForced)} per message`,
    `ratio analyzeMessage / PostalMime.parse: ${formatRatio(ratio)}`,
    ...(await stageBreakdown(messages)),
  ];
  return {
    title,
    lines,
    targets: [judge(TARGET, ratio, "<=", 1.5, GOAL, formatRatio(ratio))],
  };
}

/**
 * Splits analyzeMessage's time into its steps: parseMessage, then
 * authentication and bounce analysis of the parsed message. Each pass parses
 * the messages afresh, because parts decode their text on first use and keep
 * it. Each step is the median of PASSES passes, per message.
 */
async function stageBreakdown(messages: readonly Buffer[]): Promise<string[]> {
  const stages = {
    parseMessage: [] as number[],
    analyzeAuthentication: [] as number[],
    analyzeBounce: [] as number[],
  };
  for (let pass = 0; pass < PASSES; pass++) {
    const parsed: ParsedMessage[] = [];
    stages.parseMessage.push(
      await timed(async () => {
        for (const message of messages) {
          const result = await parseMessage(message).catch(() => null);
          if (result !== null) parsed.push(result);
        }
      }),
    );
    stages.analyzeAuthentication.push(
      await timed(async () => {
        for (const message of parsed) {
          analyzeAuthentication(message.headers, {});
        }
      }),
    );
    stages.analyzeBounce.push(
      await timed(async () => {
        for (const message of parsed) analyzeBounce(message);
      }),
    );
  }

  const perMessage = (samples: number[]): string =>
    formatMs(median(samples) / messages.length);
  return [
    // Batched steps run faster than the same steps interleaved per message,
    // so their sum comes out below analyzeMessage's time.
    `steps, each batched over all messages: parseMessage ${perMessage(stages.parseMessage)}, ` +
      `analyzeAuthentication ${perMessage(stages.analyzeAuthentication)}, ` +
      `analyzeBounce ${perMessage(stages.analyzeBounce)}`,
  ];
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
