import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { deleteEntry, restoreEntry } from '../../db/entries-repository';
import type { LogEntry } from '../../db/log-entry-schema';
import { useNewestEntries } from '../../db/use-newest-entries';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { Screen } from '../../ui/screen';
import { UndoNotice } from '../../ui/undo-notice';
import { useLocalToday } from '../../ui/use-local-today';
import { EntriesByDay } from './entries-by-day';
import { MobilityResults } from './mobility-results';
import { noticeMessage, type HistoryArrival, type HistoryNotice } from './history-notice';
import './history.css';
import { MEASUREMENTS_PATH, TODAY_PATH } from '../../ui/paths';
import { formatNumber } from '../../ui/format';

/** Entries per page: a few weeks of a keen user's logging, drawn at once even on a slow phone. */
const PAGE_SIZE = 150;

export default function HistoryScreen() {
  const [shown, setShown] = useState(PAGE_SIZE);
  const page = useNewestEntries(shown);
  const entries = page?.entries;
  // Wait for the profile: listing 150 lb as 68 kg for a moment would alarm anyone.
  const units = useLoadedProfile()?.units;
  const today = useLocalToday();
  const location = useLocation();
  const navigate = useNavigate();
  const arrival = (location.state ?? null) as HistoryArrival;
  const [notice, setNotice] = useState<HistoryNotice | null>(arrival);
  const focusAfterUndo = useRef<string | null>(null);

  useEffect(() => {
    // Forget the message in the browser's history, so a reload does not repeat it or offer Undo again.
    if (arrival) void navigate(location.pathname, { replace: true, state: null });
  }, [arrival, navigate, location.pathname]);

  useEffect(() => {
    // After Undo the entry comes back in a later render; give it focus then, where the person was.
    const id = focusAfterUndo.current;
    const link = id ? document.getElementById(`edit-${id}`) : null;
    if (link) {
      link.focus();
      focusAfterUndo.current = null;
    }
  }, [entries]);

  async function remove(entry: LogEntry) {
    const removed = await deleteEntry(entry.id);
    if (removed) setNotice({ kind: 'deleted', entry: removed });
  }

  async function undo(entry: LogEntry) {
    await restoreEntry(entry);
    focusAfterUndo.current = entry.id;
    setNotice({ kind: 'restored', entry });
  }

  return (
    <Screen title="History" intro="Everything you have logged, newest first.">
      <p>
        <Link to={MEASUREMENTS_PATH} className="button button-secondary">
          Add an entry for any day
        </Link>
      </p>
      <UndoNotice
        message={notice && units ? noticeMessage(notice, units) : null}
        onUndo={notice?.kind === 'deleted' ? () => void undo(notice.entry) : undefined}
        onDismiss={() => setNotice(null)}
        focusUndo={notice?.kind === 'deleted'}
      />
      {entries === undefined || units === undefined || today === null ? (
        <p className="loading">Loading…</p>
      ) : entries.length === 0 ? (
        <p>
          Nothing logged yet. Log today&apos;s sit-to-stands on <Link to={TODAY_PATH}>Today</Link>.
        </p>
      ) : (
        <>
          <EntriesByDay entries={entries} units={units} today={today} onDelete={(entry) => void remove(entry)} />
          {page && page.total > entries.length ? (
            <div className="history-more">
              <p>
                Showing the newest {formatNumber(entries.length, 0)} of {formatNumber(page.total, 0)} entries.
              </p>
              <button type="button" className="button-secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                Show older entries
              </button>
            </div>
          ) : null}
        </>
      )}
      {units ? <MobilityResults units={units} /> : null}
    </Screen>
  );
}
