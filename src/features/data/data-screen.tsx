import { useMemo } from 'react';
import { Link } from 'react-router';
import { useDataOverview } from '../../db/use-data-overview';
import { Screen } from '../../ui/screen';
import { BackupSection } from './backup-section';
import { RestoreSection } from './restore-section';
import { CsvSection } from './csv-section';
import { FhirSection } from './fhir-section';
import { StorageSection } from './storage-section';
import { DeleteSection } from './delete-section';
import { MotionRecordingSection } from './motion-recording-section';
import { canShareFile } from '../../ui/share-or-download';
import './data.css';
import { CLINICIAN_SUMMARY_PATH } from '../../ui/paths';
import { plural } from '../../ui/format';

export default function DataScreen() {
  const overview = useDataOverview();
  // Whether this phone's share sheet takes a backup file; if so, a plain download is offered too.
  const canShare = useMemo(() => canShareFile(new File(['{}'], 'regain-backup.json', { type: 'application/json' })), []);
  return (
    <Screen
      title="Your data"
      intro="Everything you enter stays on this phone. Here you can keep a copy, move it to another phone, share it with your doctor, or delete it."
    >
      <p className="data-total">
        {overview === undefined
          ? 'Counting your records…'
          : `On this phone: ${plural(overview.total, 'record', 'records')}.`}
      </p>
      <BackupSection hasData={(overview?.total ?? 0) > 0} canShare={canShare} />
      <RestoreSection overview={overview} />
      <section className="data-section" aria-labelledby="data-summary-heading">
        <h2 id="data-summary-heading">Summary for your doctor</h2>
        <p>
          A one- or two-page summary of your tests, measurements and symptom checks, to print or save as a PDF and take
          to an appointment.
        </p>
        <Link to={CLINICIAN_SUMMARY_PATH} className="button">
          Open the summary
        </Link>
      </section>
      <CsvSection overview={overview} />
      <FhirSection canShare={canShare} />
      <StorageSection />
      <MotionRecordingSection />
      <DeleteSection overview={overview} />
    </Screen>
  );
}
