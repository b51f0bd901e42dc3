import {
  explainCodes,
  lookupEnhancedStatus,
  lookupReplyCode,
} from "../../../src/core/codes";
import { codeMessages as danish } from "../../../src/i18n/da/codes";
import { codeMessages as english } from "../../../src/i18n/en/codes";
import { describeWithReference, readCorpusExpected } from "./reference";

interface ExpectedRecord {
  file: string;
  status?: string | null;
  replyCode?: string | null;
}

const records = readCorpusExpected<ExpectedRecord>();

describeWithReference(records, "corpus codes")("corpus codes", () => {
  const statuses = [
    ...new Set((records ?? []).map((record) => record.status ?? "")),
  ].filter((status) => status !== "");
  const replyCodes = [
    ...new Set((records ?? []).map((record) => record.replyCode ?? "")),
  ].filter((code) => code !== "");

  test("corpus has codes to check", () => {
    expect(statuses.length).toBeGreaterThan(20);
    expect(replyCodes.length).toBeGreaterThan(5);
  });

  test.each(statuses.map((status) => [status]))(
    "status %s resolves",
    (status) => {
      expect(lookupEnhancedStatus(status)).not.toBeNull();
    },
  );

  test.each(replyCodes.map((code) => [code]))(
    "reply code %s has an entry",
    (code) => {
      expect(lookupReplyCode(code)?.entry).not.toBeNull();
    },
  );

  test.each(statuses.map((status) => [status]))(
    "status %s has words in both languages",
    (status) => {
      const explanation = explainCodes({ status });
      expect(explanation.summaryKey).not.toBe("code.summary.unknown");
      expect(english[explanation.summaryKey]).toBeTruthy();
      expect(danish[explanation.summaryKey]).toBeTruthy();
      expect(english[explanation.whatToDoKey]).toBeTruthy();
      expect(danish[explanation.whatToDoKey]).toBeTruthy();
    },
  );
});
