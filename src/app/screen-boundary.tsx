import { Component, type ReactNode } from 'react';

interface ScreenBoundaryProps {
  readonly title: string;
  readonly help: string;
  readonly children: ReactNode;
}

/**
 * Keeps the app open when a screen fails to render: the header (with undo) and the other
 * screens stay usable, and the planner is told what failed. The shell keys it by screen and
 * scenario, so switching either tries again.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <h2 className="notice-title">{this.props.title}</h2>
        <p>{this.props.help}</p>
        <pre className="muted">{error.message}</pre>
      </div>
    );
  }
}
