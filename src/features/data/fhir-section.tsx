import { useId, useState } from 'react';
import { countFhirExport, loadFhirExport } from '../../db/fhir-export-reads';
import { useLiveQuery } from '../../db/use-live-query';
import {
  DEFAULT_FHIR_RANGE,
  describeCounts,
  FHIR_GROUP_LABELS,
  FHIR_GROUPS,
  FHIR_RANGES,
  rangeStart,
  totalChosen,
  type FhirGroup,
  type FhirRangeId,
} from '../../domain/fhir-export-choices';
import { useLocalToday } from '../../ui/use-local-today';
import { plural } from '../../ui/format';
import { shareOrDownload } from '../../ui/share-or-download';
import { ActionStatus } from './action-status';
import { failedState, type ActionState } from './use-backup-action';

/**
 * The file itself is made only when asked for: the FHIR mapping and the
 * checklist's words load then, so opening Your data costs neither.
 */
async function makeFhirFile(from: string | null, chosen: ReadonlySet<FhirGroup>): Promise<{ file: File; results: number }> {
  const [{ buildFhirBundle, fhirFileName, fhirFileText }, triage, data] = await Promise.all([
    import('../../domain/fhir-bundle'),
    import('virtual:regain-content/triage'),
    loadFhirExport(from, chosen),
  ]);
  const signs = new Map(triage.default.symptomChecklist.signs.map((s) => [s.id, s.text]));
  const now = new Date();
  const bundle = buildFhirBundle(data, { now, patientId: crypto.randomUUID(), signText: (id) => signs.get(id) });
  const file = new File([fhirFileText(bundle)], fhirFileName(now), { type: 'application/json' });
  return { file, results: (bundle.entry?.length ?? 1) - 1 };
}

export function FhirSection({ canShare }: { canShare: boolean }) {
  const id = useId();
  const today = useLocalToday();
  const [range, setRange] = useState<FhirRangeId>(DEFAULT_FHIR_RANGE);
  const [chosen, setChosen] = useState<ReadonlySet<FhirGroup>>(() => new Set(FHIR_GROUPS));
  const [state, setState] = useState<ActionState>({ status: 'idle', message: '' });
  const from = today === null ? null : rangeStart(range, today);
  const counts = useLiveQuery(() => (today === null ? undefined : countFhirExport(from)), [today, from]);
  const total = counts ? totalChosen(counts, chosen) : 0;

  const toggle = (group: FhirGroup) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });

  const save = async (how: 'share-if-possible' | 'download') => {
    setState({ status: 'working', message: 'Making the file…' });
    try {
      const { file, results } = await makeFhirFile(from, chosen);
      const handed = await shareOrDownload(file, how);
      setState(
        handed === 'cancelled'
          ? { status: 'failed', message: 'The file was not shared. Try again when you are ready.' }
          : {
              status: 'done',
              message: `${handed === 'shared' ? 'Shared' : 'Saved to your downloads'}: ${file.name}, with ${plural(results, 'result', 'results')}.`,
            },
      );
    } catch (error) {
      setState(failedState(error, 'Sorry, the file could not be made. Please try again.'));
    }
  };

  const busy = state.status === 'working';
  return (
    <section className="data-section data-fhir" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export for your clinic (FHIR)</h2>
      <p>
        One file in FHIR, the format clinics&apos; computer systems read. It is for a clinic&apos;s computer system, not
        for reading: to show your results to a person, use the summary for your doctor.
      </p>
      <p className="data-emphasis">
        The file holds health data about you. Share it only with your care team, for example when your clinic asks for it.
      </p>

      <fieldset className="data-choice">
        <legend>How far back</legend>
        {FHIR_RANGES.map((option) => (
          <label key={option.id}>
            <input type="radio" name={`${id}-range`} value={option.id} checked={range === option.id} onChange={() => setRange(option.id)} />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="data-choice">
        <legend>What to include</legend>
        {FHIR_GROUPS.map((group) => (
          <label key={group}>
            <input type="checkbox" checked={chosen.has(group)} onChange={() => toggle(group)} />
            <span>
              {FHIR_GROUP_LABELS[group].name}
              <span className="data-hint">{FHIR_GROUP_LABELS[group].holds}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <p aria-live="polite">
        {counts === undefined ? (
          'Counting your results…'
        ) : (
          <>
            <strong>In the file:</strong> {describeCounts(counts, chosen)}.
          </>
        )}
      </p>

      <div className="button-row">
        <button type="button" onClick={() => void save('share-if-possible')} disabled={busy || total === 0}>
          {busy ? 'Making the file…' : 'Export for your clinic'}
        </button>
        {canShare ? (
          <button type="button" className="data-secondary" onClick={() => void save('download')} disabled={busy || total === 0}>
            Download the FHIR file instead
          </button>
        ) : null}
      </div>
      <ActionStatus state={state} />
    </section>
  );
}
