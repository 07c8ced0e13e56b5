import type { ActionState } from './use-backup-action';

/**
 * A live region that is always in the page (a region added together with its
 * text is often not read out), announcing how an action went.
 */
export function ActionStatus({ state }: { state: ActionState }) {
  return (
    <>
      <p className={state.status === 'failed' ? 'data-status data-status-failed' : 'data-status'} role="status">
        {state.status === 'idle' ? '' : state.message}
      </p>
      {state.status === 'failed' && state.reload ? <ReloadButton /> : null}
    </>
  );
}

export function ReloadButton() {
  return (
    <button type="button" className="data-secondary" onClick={() => window.location.reload()}>
      Reload
    </button>
  );
}
