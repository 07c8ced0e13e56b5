import { useEffect, useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import triage from 'virtual:regain-content/triage';
import { useSummaryData } from '../../db/use-summary-data';
import type { Profile } from '../../db/profile-schema';
import type { TriageRun } from '../../db/activity-schemas';
import { todayLocal, toLocalDate } from '../../domain/dates';
import { formatHeight } from '../../domain/height';
import { formatLength, formatMass, formatNumber } from '../../domain/units';
import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { PersonText } from '../../ui/person-text';
import { buildClinicianSummary, citeResults, SUMMARY_WEEKS } from './summary-model';
import { signed } from './format';
import { formatDay, formatDayMonth, formatShortDay } from '../../ui/format';
import './data.css';
import { SummaryTableBox } from './summary-table-box';
import { wholeWords } from '../../ui/whole-words';
import { YOUR_DATA_PATH } from '../../ui/paths';

const LEVEL_WORDS: Record<TriageRun['level'], string> = {
  emergency: 'Emergency: told to call the emergency number',
  urgent: 'Urgent: told to speak to a doctor today',
  soon: 'Soon: told to book an appointment (about 2 weeks)',
  'self-care': 'Self-care: no red flag found',
};

const SEX_WORDS: Record<Profile['sex'], string> = { female: 'Female', male: 'Male', unspecified: 'Not given' };
const SITE_WORDS = { calf: 'Calf', thigh: 'Thigh', 'upper-arm': 'Upper arm', grip: 'Grip strength' } as const;

const signText = new Map(triage.symptomChecklist.signs.map((s) => [s.id, s.text]));
const questionText = new Map(triage.redFlagCheck.questions.map((q) => [q.id, q.text]));

function bothUnits(metric: string, imperial: string, profile: Profile): string {
  return profile.units === 'imperial' ? `${metric} (${imperial})` : metric;
}

export default function ClinicianSummaryScreen() {
  const data = useSummaryData();
  const id = useId();

  // While this page is shown, printing leaves out the app's header and navigation.
  useEffect(() => {
    document.documentElement.classList.add('print-summary');
    return () => document.documentElement.classList.remove('print-summary');
  }, []);

  return (
    <Screen title="Summary for your doctor">
      <div className="summary-actions">
        <p>
          Print this page, or save it as a PDF (choose “Save as PDF” as the printer), to take to an appointment or send
          to your doctor or physiotherapist.
        </p>
        <div className="button-row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <Link to={YOUR_DATA_PATH} className="button data-secondary">
            Back to Your data
          </Link>
        </div>
      </div>
      {data === undefined ? <p className="loading">Loading…</p> : <SummaryBody data={data} headingId={id} />}
    </Screen>
  );
}

function SummaryBody({ data, headingId }: { data: NonNullable<ReturnType<typeof useSummaryData>>; headingId: string }) {
  const today = todayLocal();
  const summary = buildClinicianSummary(data, today);
  const { profile } = data;
  const { groups, anyCutoff, gapSource, sources } = citeResults(summary);
  const weeksWithData = summary.weeks.filter((w) => w.chairStand || w.fiveTimes).length;
  const weight = summary.latest.weight;

  return (
    <article className="summary" aria-labelledby={`${headingId}-title`}>
      <header className="summary-header">
        <p id={`${headingId}-title`} className="summary-title">
          Regain: home-recorded strength summary
        </p>
        <p>
          Printed {formatDay(today)}. Recorded by the person at home with the Regain app. This is not a diagnosis: the
          results are self-measured, and the cut-offs are screening thresholds from published guidance.
        </p>
      </header>

      <Section title="About me">
        <dl className="summary-facts">
          <Fact label="Age">
            {profile.yearOfBirth === undefined ? 'Not given' : `About ${summary.age} (born ${profile.yearOfBirth})`}
          </Fact>
          <Fact label="Sex">{SEX_WORDS[profile.sex]}</Fact>
          <Fact label="Height">
            {profile.heightCm === undefined ? 'Not given' : bothUnits(formatHeight(profile.heightCm, 'metric'), formatHeight(profile.heightCm, 'imperial'), profile)}
          </Fact>
          <Fact label="Latest weight">
            {weight ? `${bothUnits(formatMass(weight.kg, 'metric'), formatMass(weight.kg, 'imperial'), profile)}, ${formatShortDay(weight.day)}` : 'None recorded'}
          </Fact>
          <Fact label="Kidney disease">{profile.kidneyDisease ? 'Yes (protein advice withheld)' : 'Not reported'}</Fact>
        </dl>
      </Section>

      <Section title={`Sit-to-stand tests, last ${SUMMARY_WEEKS} weeks`}>
        {weeksWithData === 0 ? (
          <p>No chair-stand or five-times sit-to-stand results in the last {SUMMARY_WEEKS} weeks.</p>
        ) : (
          <>
            <SummaryTableBox label="Table of sit-to-stand tests by week">
              <table className="summary-table">
                <caption className="summary-caption">Median of each week’s results (number of tests in brackets), oldest week first.</caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">30-second chair stand, stands</th>
                    <th scope="col">Five-times sit-to-stand, seconds</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.weeks.map((w) => (
                    <tr key={w.from}>
                      <th scope="row" className="summary-nowrap">
                        {formatDayMonth(w.from)} – {formatDayMonth(w.to)}
                      </th>
                      <td>{w.chairStand ? `${formatNumber(w.chairStand.median, 1)} (${w.chairStand.count})` : '—'}</td>
                      <td>{w.fiveTimes ? `${formatNumber(w.fiveTimes.median, 1)} (${w.fiveTimes.count})` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </SummaryTableBox>
            {summary.chairStandChange || summary.fiveTimesChange ? (
              <p className="summary-notes">
                Change in the weekly median from the first to the last week with a result:
                {summary.chairStandChange ? ` chair stand ${signed(summary.chairStandChange.amount)} stands (more is better)` : ''}
                {summary.chairStandChange && summary.fiveTimesChange ? ';' : ''}
                {summary.fiveTimesChange ? ` five-times sit-to-stand ${signed(summary.fiveTimesChange.amount)} s (less is better)` : ''}.
              </p>
            ) : null}
          </>
        )}
      </Section>

      <Section title="Latest results against published cut-offs">
        {groups.length === 0 ? (
          <p>No test results recorded.</p>
        ) : (
          <SummaryTableBox label="Table of latest results">
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Latest result</th>
                  <th scope="col">Cut-off</th>
                  <th scope="col">Finding</th>
                </tr>
              </thead>
              {groups.map((group) => (
                <tbody key={`${group.test} ${group.result}`}>
                  {group.rows.map((r, i) => (
                    <tr key={i}>
                      {i === 0 ? (
                        <>
                          <th scope="rowgroup" rowSpan={group.rows.length}>
                            {group.test}
                          </th>
                          <td rowSpan={group.rows.length}>{group.result}</td>
                        </>
                      ) : null}
                      <td>
                        {r.cutoff}
                        {r.source !== null ? <sup> [{r.source}]</sup> : null}
                      </td>
                      <td className={r.flagged ? 'summary-flag' : undefined}>{r.finding}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </SummaryTableBox>
        )}
        {profile.sex === 'unspecified' && anyCutoff ? (
          <p className="summary-caption">Sex not given: the cut-offs for women and for men are both shown.</p>
        ) : null}
      </Section>

      <Section title="Left–right differences">
        {summary.gaps.length === 0 ? (
          <p>No measurement of both sides recorded.</p>
        ) : (
          <SummaryTableBox label="Table of left–right differences">
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">Where</th>
                  <th scope="col">Left</th>
                  <th scope="col">Right</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {summary.gaps.map((g) => (
                  <tr key={g.what}>
                    <th scope="row">{SITE_WORDS[g.what]}</th>
                    <td>
                      {g.unit === 'cm' ? formatLength(g.left.cm!, 'metric') : formatMass(g.left.kg!, 'metric')}, {formatShortDay(g.left.day)}
                    </td>
                    <td>
                      {g.unit === 'cm' ? formatLength(g.right.cm!, 'metric') : formatMass(g.right.kg!, 'metric')}, {formatShortDay(g.right.day)}
                    </td>
                    <td className={g.flagged ? 'summary-flag' : undefined}>
                      {formatNumber(g.gap, 1)} {g.unit}
                      {g.flagged === true ? ': flagged (2 cm or more)' : ''}
                      {g.flagged !== null && gapSource !== null ? <sup> [{gapSource}]</sup> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </SummaryTableBox>
        )}
      </Section>

      <Section title="Red-flag symptom checks">
        {summary.triageRuns.length === 0 ? (
          <p>None done.</p>
        ) : (
          <SummaryTableBox label="Table of red-flag symptom checks">
            <table className="summary-table">
              <caption className="summary-caption">
                {summary.triageRunCount > summary.triageRuns.length
                  ? `The latest ${summary.triageRuns.length} of ${summary.triageRunCount} checks.`
                  : `${summary.triageRunCount} ${summary.triageRunCount === 1 ? 'check' : 'checks'}.`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Result</th>
                  <th scope="col">Answered yes or not sure</th>
                </tr>
              </thead>
              <tbody>
                {summary.triageRuns.map((run) => (
                  <tr key={run.id}>
                    <th scope="row" className="summary-nowrap">
                      {formatShortDay(toLocalDate(new Date(run.at)))}
                    </th>
                    <td className={run.level === 'self-care' ? undefined : 'summary-flag'}>{LEVEL_WORDS[run.level]}</td>
                    <td>
                      <TriageAnswers run={run} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </SummaryTableBox>
        )}
      </Section>

      <Section title={`Symptom check-ins, last ${SUMMARY_WEEKS} weeks`}>
        {summary.checkInCount === 0 ? (
          <p>None recorded.</p>
        ) : (
          <SummaryTableBox label="Table of symptom check-ins">
            <table className="summary-table">
              <caption className="summary-caption">
                {summary.checkInCount} {summary.checkInCount === 1 ? 'check-in' : 'check-ins'}, the latest on {formatShortDay(summary.lastCheckIn!)}.
                {summary.signs.length === 0 ? ' No signs ticked.' : ''}
              </caption>
              {summary.signs.length > 0 ? (
                <>
                  <thead>
                    <tr>
                      <th scope="col">Sign ticked</th>
                      <th scope="col">Check-ins</th>
                      <th scope="col">Last ticked</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.signs.map((sign) => (
                      <tr key={sign.id}>
                        <th scope="row">{signText.get(sign.id) ?? <PersonText text={sign.id} />}</th>
                        <td>
                          {sign.count} of {summary.checkInCount}
                        </td>
                        <td className="summary-nowrap">{formatShortDay(sign.lastDay)}</td>
                      </tr>
                    ))}
                  </tbody>
                </>
              ) : null}
            </table>
          </SummaryTableBox>
        )}
      </Section>

      {sources.length > 0 ? (
        <Section title="Sources">
          <ol className="summary-sources">
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </Section>
      ) : null}
      <NotADiagnosis />
    </article>
  );
}

/** The first question that raised the level, in its words, and how many more: to keep the page short. */
function TriageAnswers({ run }: { run: TriageRun }) {
  const positive = Object.entries(run.answers).filter(([, a]) => a !== 'no');
  if (positive.length === 0) return <>None</>;
  const shown = positive.slice(0, 1);
  return (
    <>
      {shown.map(([questionId, answer], i) => (
        <span key={questionId}>
          {i > 0 ? ' ' : ''}
          {answer === 'yes' ? '' : '(not sure) '}“{questionText.get(questionId) ?? <PersonText text={questionId} />}”
        </span>
      ))}
      {positive.length > shown.length ? ` and ${positive.length - shown.length} more` : ''}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h2 id={id}>{wholeWords(title)}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
