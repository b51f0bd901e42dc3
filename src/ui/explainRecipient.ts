import type { BounceRecipient } from "../core/bounce/types";
import type { Translate } from "../i18n";

/**
 * Returns translated explanations of a recipient's enhanced status code and
 * reply code, for the given provider.
 */
export function explainRecipient(
  _translate: Translate,
  _recipient: BounceRecipient,
  _provider: string | null,
): string[] {
  // TODO: explain the codes through core/codes once its lookup exists; until
  // then the card shows the raw status and reply code only.
  return [];
}
