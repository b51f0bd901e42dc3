import { Component, type ReactNode } from "react";

export interface RenderErrorBoundaryProps {
  /** Shown in place of `children` after one of them threw while rendering. */
  fallback: ReactNode;
  /** A new value clears the error, so the next message gets a fresh try. */
  resetKey: unknown;
  children: ReactNode;
}

interface RenderErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches an exception thrown while rendering an analysis, so one
 * unexpected value shows an error message instead of a blank pane. The
 * exception is not logged, because it may quote message content.
 */
export class RenderErrorBoundary extends Component<
  RenderErrorBoundaryProps,
  RenderErrorBoundaryState
> {
  override state: RenderErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): RenderErrorBoundaryState {
    return { failed: true };
  }

  override componentDidUpdate(previous: RenderErrorBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
