import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useEntry } from '../../db/use-entry-history';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { entryName } from '../../ui/describe-entry';
import { longDate } from '../../ui/format-day';
import { Screen } from '../../ui/screen';
import { EditEntryForm } from './edit-entry-form';
import './history.css';
import { HISTORY_PATH } from '../../ui/paths';

export default function EditEntryScreen() {
  const { id = '' } = useParams();
  const live = useEntry(id);
  const profile = useLoadedProfile();
  // The entry as it was when the screen opened: a change or delete in another
  // tab must not swap the form under the person's fingers. Saving compares
  // with it, and asks if the entry changed meanwhile (EditEntryForm).
  const [entry, setEntry] = useState<typeof live>(undefined);
  if (entry === undefined && live !== undefined) setEntry(live);

  if (entry === undefined || !profile) {
    return (
      <Screen title="Edit entry">
        <p className="loading">Loading…</p>
      </Screen>
    );
  }
  if (entry === null) {
    return (
      <Screen title="Edit entry" intro="This entry is not there any more. It may have been deleted.">
        <p>
          <Link to={HISTORY_PATH} className="button">
            Back to History
          </Link>
        </p>
      </Screen>
    );
  }
  return (
    <Screen title="Edit entry" intro={`${entryName(entry)}, ${longDate(entry.day)}`}>
      {/* Keyed by id: the form's fields start from this entry's stored values. */}
      <EditEntryForm key={entry.id} entry={entry} units={profile.units} />
    </Screen>
  );
}
