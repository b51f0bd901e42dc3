import { Spinner } from "@fluentui/react-components";
import type { Translate } from "../i18n";

/** Shown while the host reads and analyses the message. */
export function LoadingView({ translate }: { translate: Translate }) {
  return <Spinner label={translate("ui.loading")} labelPosition="below" />;
}
