import type { MessageKind } from "../core/bounce/types";
import type { Translate } from "../i18n";
import type { RecipientExplanation } from "./explainRecipient";
import { SOFTWARE_NAMES, STANDARD_FORMATS } from "./reportNames";
import { translateIfPresent } from "./translateOr";

/**
 * Describes a report format or scanner family in words: the standard it
 * follows, else the mail software whose layout was read.
 */
export function formatText(translate: Translate, format: string): string {
  if (STANDARD_FORMATS.includes(format)) {
    return translate(`ui.bounce.format.${format}`);
  }
  const software = Object.hasOwn(SOFTWARE_NAMES, format)
    ? SOFTWARE_NAMES[format]
    : undefined;
  return software
    ? translate("ui.bounce.format.software", { software })
    : translate("ui.bounce.format.other");
}

/**
 * Describes an ARF Feedback-Type (RFC 5965 section 7.3, RFC 6591 for
 * `auth-failure`) in words; an unregistered type gets a generic line.
 */
export function feedbackTypeText(translate: Translate, type: string): string {
  return (
    translateIfPresent(translate, `ui.bounce.feedbackType.${type}`) ??
    translate("ui.bounce.feedbackType.unknown")
  );
}

/**
 * Explains a recipient of a report that carries no codes because nothing
 * failed: an auto-reply or a feedback report. Returns null for other kinds.
 */
export function kindExplanation(
  translate: Translate,
  kind: MessageKind,
): RecipientExplanation | null {
  if (kind !== "auto-reply" && kind !== "feedback-report") return null;

  const prefix = `ui.bounce.kindAdvice.${kind}`;
  return {
    summary: translate(`${prefix}.summary`),
    retry: translate(`${prefix}.retry`),
    actor: translate(`${prefix}.actor`),
    whatToDo: translate(`${prefix}.whatToDo`),
  };
}
