import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { Translate } from "../i18n";
import type { ViewState } from "./types";

type ErrorState = Extract<ViewState, { status: "error" }>;

export interface ErrorViewProps {
  state: ErrorState;
  translate: Translate;
}

/** What failed, on which message, and what the user can do next. */
export function ErrorView({ state, translate }: ErrorViewProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{translate("ui.error.title")}</MessageBarTitle>
        <Text as="p" block>
          {translate(state.messageKey, state.params)}
        </Text>
        {state.hintKey ? (
          <Text as="p" block>
            {translate(state.hintKey, state.params)}
          </Text>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
