import { useId, useState } from 'react';
import { motionSamplesToCsv } from '../../domain/motion-csv';
import { todayLocal } from '../../domain/dates';
import { lastMotionRecording } from './motion-source';
import { recordingMotion } from '../../ui/motion-recording-setting';
import { shareOrDownload } from '../../ui/share-or-download';

/**
 * After a test with the phone on the chest, when the person has turned on
 * recording: the raw movement as a CSV file (t, ax, ay, az), to send to
 * whoever is helping to check the counting. Only this visit's: it is never stored.
 */
export function MotionCsvOffer() {
  const [said, setSaid] = useState('');
  const id = useId();
  const samples = lastMotionRecording();
  if (!recordingMotion() || samples.length === 0) return null;
  const save = async () => {
    const file = new File([motionSamplesToCsv(samples)], `regain-movement-${todayLocal()}.csv`, { type: 'text/csv' });
    const how = await shareOrDownload(file, 'share-if-possible');
    setSaid(how === 'cancelled' ? '' : how === 'shared' ? 'The recording was shared.' : 'The recording was saved to your downloads.');
  };
  return (
    <section className="gt-panel" aria-labelledby={id}>
      <h2 id={id}>Movement recording</h2>
      <p>You asked Regain to record the phone’s movement. The recording of this test is not kept after you leave.</p>
      <button type="button" className="gt-secondary" onClick={() => void save()}>
        Save the recording (CSV file)
      </button>
      <p role="status">{said}</p>
    </section>
  );
}
