import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { TODAY_PATH } from '../ui/paths';

interface Props {
  children: ReactNode;
}
interface State {
  /** Whatever was thrown: usually an Error, but any value can be. */
  error: unknown;
  /** What to do, in plain words, once src/db/plain-failure.ts has read the error (null: nothing better to say). */
  words: string | null;
}

/**
 * Catches a screen that failed to render or to load its code, and shows a way
 * back. The header and navigation keep working, and nothing saved is touched.
 * The router remounts it per path, so moving to another screen clears the error.
 * The error's own words ("Failed to fetch dynamically imported module: …") are
 * only in a collapsed "Details" line: the message says what to do. Those words
 * are fetched when a screen fails, to keep them off Today's path; if even they
 * cannot load, the general sentence (reload) stands.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { error: null, words: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? 'unknown', words: null };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Screen failed', error, info.componentStack);
    void import('../db/plain-failure').then(
      (words) => this.state.error === error && this.setState({ words: words.plainFailure(error)?.message ?? null }),
      () => undefined,
    );
  }

  render() {
    const { error, words } = this.state;
    if (error === null) return this.props.children;
    return (
      <section className="screen" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>{words ?? 'Your saved entries are safe. You can go back to Today, or reload the app.'}</p>
        <details className="small details-line">
          <summary>Details</summary>
          {/* "TypeError: Failed to fetch dynamically imported module: …" */}
          {String(error)}
        </details>
        <p className="button-row">
          <Link to={TODAY_PATH} className="button" onClick={() => this.setState({ error: null, words: null })}>
            Back to Today
          </Link>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </section>
    );
  }
}
