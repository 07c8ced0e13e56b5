import { useId, useState } from 'react';
import { buildCsvFiles } from '../../db/csv-export';
import type { DataOverview } from '../../db/use-data-overview';
import { shareOrDownload } from '../../ui/share-or-download';
import { plural } from '../../ui/format';
import { ActionStatus } from './action-status';
import { failedState, type ActionState } from './use-backup-action';

interface CsvChoice {
  id: string;
  label: string;
  count: number;
}

/** The kinds the CSV export writes, with their counts, from the live overview. */
function choices(overview: DataOverview): CsvChoice[] {
  const count = (table: string) => overview.tables.find((t) => t.name === table)?.count ?? 0;
  const list: CsvChoice[] = overview.entriesByKind.map((k) => ({ id: k.kind, label: k.label, count: k.count }));
  list.push(
    { id: 'symptom-check-ins', label: 'Symptom check-ins', count: count('symptomCheckIns') },
    { id: 'red-flag-checks', label: 'Red-flag checks', count: count('triageRuns') },
    { id: 'plan-progress', label: 'Plan progress', count: count('planProgress') },
    { id: 'sarc-f-results', label: 'SARC-F results', count: count('sarcFResults') },
  );
  return list.filter((c) => c.count > 0);
}

export function CsvSection({ overview }: { overview: DataOverview | undefined }) {
  const id = useId();
  const [state, setState] = useState<ActionState>({ status: 'idle', message: '' });
  const list = overview ? choices(overview) : [];

  const save = async (choice: CsvChoice) => {
    setState({ status: 'working', message: `Making ${choice.label}…` });
    try {
      const file = (await buildCsvFiles()).find((f) => f.id === choice.id);
      if (!file) {
        setState({ status: 'failed', message: `There is nothing to save for ${choice.label}.` });
        return;
      }
      const handed = await shareOrDownload(new File([file.text], file.fileName, { type: 'text/csv' }), 'share-if-possible');
      setState(
        handed === 'cancelled'
          ? { status: 'failed', message: 'The file was not shared.' }
          : { status: 'done', message: `${handed === 'shared' ? 'Shared' : 'Saved to your downloads'}: ${file.fileName}, ${plural(file.rowCount, 'row', 'rows')}.` },
      );
    } catch (error) {
      setState(failedState(error, 'Sorry, the file could not be made. Please try again.'));
    }
  };

  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Spreadsheet files</h2>
      <p>
        Save one kind of record as a CSV file, to open in a spreadsheet such as Excel, Numbers or Google Sheets. Each
        file has a header row; dates are year-month-day and units are in the column names (for example weight_kg).
      </p>
      {overview === undefined ? <p className="loading">Loading…</p> : null}
      {overview && list.length === 0 ? <p>There is nothing to save yet.</p> : null}
      {list.length > 0 ? (
        <ul className="data-csv-list">
          {list.map((choice) => (
            <li key={choice.id}>
              <button type="button" className="data-secondary" onClick={() => void save(choice)} disabled={state.status === 'working'}>
                {choice.label} ({plural(choice.count, 'row', 'rows')})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ActionStatus state={state} />
    </section>
  );
}
