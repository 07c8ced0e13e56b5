import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * Catches a screen that failed to render or to load its code, and shows a way
 * back. The header and navigation keep working, and nothing saved is touched.
 * The router remounts it per path, so moving to another screen clears the error.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="screen" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your saved entries are safe. You can go back to Today, or reload the app.</p>
        <p className="small">Details: {error.message}</p>
        <p className="button-row">
          <Link to="/" className="button" onClick={() => this.setState({ error: null })}>
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
