import type { ParsedMessage } from "../../mime/types";
import type { BounceScanner, ScanResult } from "../scanner";
import type { BounceRecipient, DsnAction, MessageKind } from "../types";
import { bodyText, makeRecipient, makeResult } from "./common";

/** Largest JSON notification this scanner parses, in characters. */
const MAX_JSON_CHARS = 100_000;

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Parses the first JSON object in the text, unwrapping an SNS envelope. */
function parseNotification(text: string): JsonObject | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start || end - start > MAX_JSON_CHARS) {
    return null;
  }
  const source = text.slice(start, end + 1);
  // Gateways that cut lines longer than 998 octets leave "!", a line
  // break and a space inside the JSON.
  const parsed = parseJson(source) ?? parseJson(source.replace(/!\r?\n /g, ""));

  const object = asObject(parsed);
  const wrapped = asString(object?.["Message"]);
  if (wrapped !== null) {
    return parseNotification(wrapped);
  }
  return object;
}

function bounceRecipients(bounce: JsonObject): BounceRecipient[] {
  const transient = asString(bounce["bounceType"]) === "Transient";
  return asArray(bounce["bouncedRecipients"]).flatMap((entry) => {
    const recipient = asObject(entry);
    const address = asString(recipient?.["emailAddress"]);
    if (recipient === null || address === null) {
      return [];
    }
    const action = asString(recipient["action"]);
    return [
      makeRecipient({
        address,
        diagnostic: asString(recipient["diagnosticCode"]),
        status: asString(recipient["status"]),
        action:
          action === "delayed" || transient
            ? "delayed"
            : ("failed" as DsnAction),
      }),
    ];
  });
}

/**
 * Amazon SES event notifications (JSON sent through SNS): bounces,
 * complaints and deliveries.
 */
export const amazonSesScanner: BounceScanner = {
  family: "amazonses",
  scan(message: ParsedMessage): ScanResult | null {
    const text = bodyText(message);
    if (!text.includes("notificationType") && !text.includes("eventType")) {
      return null;
    }
    const notification = parseNotification(text);
    if (notification === null) {
      return null;
    }
    const type =
      asString(notification["notificationType"]) ??
      asString(notification["eventType"]);

    if (type === "Bounce") {
      const bounce = asObject(notification["bounce"]) ?? {};
      return makeResult(
        bounceRecipients(bounce),
        "amazonses",
        asString(bounce["reportingMTA"]),
      );
    }

    if (type === "Complaint") {
      const complaint = asObject(notification["complaint"]) ?? {};
      const recipients = asArray(complaint["complainedRecipients"]).flatMap(
        (entry) => {
          const address = asString(asObject(entry)?.["emailAddress"]);
          return address === null
            ? []
            : [makeRecipient({ address, diagnostic: null, action: null })];
        },
      );
      const result = makeResult(
        recipients,
        "amazonses",
        null,
        "feedback-report",
      );
      if (result !== null) {
        result.feedbackType = asString(complaint["complaintFeedbackType"]);
      }
      return result;
    }

    if (type === "Delivery") {
      const delivery = asObject(notification["delivery"]) ?? {};
      const response = asString(delivery["smtpResponse"]);
      const kind: MessageKind = "delivery-success";
      const recipients = asArray(delivery["recipients"]).flatMap((entry) => {
        const address = asString(entry);
        return address === null
          ? []
          : [
              makeRecipient({
                address,
                diagnostic: response,
                action: "delivered",
              }),
            ];
      });
      return makeResult(
        recipients,
        "amazonses",
        asString(delivery["reportingMTA"]),
        kind,
      );
    }

    return null;
  },
};
