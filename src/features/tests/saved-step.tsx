import type { Profile } from '../../db/profile-schema';
import { MotionCsvOffer } from './motion-csv-offer';
import { StandQualityView } from './stand-quality-view';
import type { TimedTestConfig } from './timed-test-config';

interface SavedStepProps {
  config: TimedTestConfig;
  entryId: string;
  byMotion: boolean;
  profile: Pick<Profile, 'yearOfBirth' | 'sex'>;
}

/** The saved result, with the phone's report on the stands under it when the phone measured them. */
export function SavedStep({ config, entryId, byMotion, profile }: SavedStepProps) {
  const { SavedView, store } = config;
  return (
    <SavedView
      entryId={entryId}
      yearOfBirth={profile.yearOfBirth}
      sex={profile.sex}
      onReset={store.getState().reset}
      motionDetails={(standTimes, rises) => (
        <>
          {standTimes && standTimes.length > 0 ? <StandQualityView standTimes={standTimes} rises={rises ?? []} /> : null}
          {byMotion ? <MotionCsvOffer /> : null}
        </>
      )}
    />
  );
}

/** A saved view whose entry was deleted meanwhile (in History, in another tab). */
export function NoLongerSaved({ onReset }: { onReset: () => void }) {
  return (
    <section className="gt-panel">
      <p>This result is no longer saved.</p>
      <button type="button" onClick={onReset}>
        Start a new test
      </button>
    </section>
  );
}
