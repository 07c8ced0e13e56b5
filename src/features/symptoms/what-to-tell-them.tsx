import { useId } from 'react';
import type { SymptomSide, SymptomStart } from '../../db/activity-schemas';
import { useChairStandResultsBetween } from '../../db/use-chair-stand-results';
import { fourWeekWindow, summariseChairStands, type ChairStandResult, type ChairStandSummary } from '../../domain/chair-stand-four-weeks';
import { todayLocal } from '../../domain/dates';
import { isPositive, type Answer } from '../../domain/triage-engine';
import type { FollowUp } from '../../content/schemas/triage-schema';
import { formatDateTime, formatDay, plural } from '../../ui/format';
import { ANSWER_LABELS, QUESTIONS, SIDE_OPTIONS, START_OPTIONS, questionText } from './triage-content';
import { wholeWords } from '../../ui/whole-words';

export interface CheckDetails {
  startedWhen?: SymptomStart | undefined;
  side?: SymptomSide | undefined;
}

interface WhatToTellThemProps extends CheckDetails {
  answers: Readonly<Record<string, Answer>>;
  /** When the check ended (ISO): the chair-stand weeks are the four before it. */
  at: string;
  onDetailsChange: (details: CheckDetails) => void;
}

/** What to say to the doctor or call handler: the answers, when, which side, and the chair-stand trend. */
export function WhatToTellThem({ answers, at, startedWhen, side, onDetailsChange }: WhatToTellThemProps) {
  const id = useId();
  const followUps = followUpsFor(answers);
  return (
    <section className="sy-tell" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What to tell them</h2>
      <p>Show this to the doctor or the person you speak to, or read it out.</p>
      <AnswersGiven answers={answers} />
      {followUps.has('onset') ? (
        <DetailChoice
          legend="When did it start? (if you know)"
          name={`${id}-start`}
          options={START_OPTIONS}
          value={startedWhen}
          onChange={(value) => onDetailsChange({ startedWhen: value, side })}
        />
      ) : null}
      {followUps.has('side') ? (
        <DetailChoice
          legend="Which side of your body? (if you know)"
          name={`${id}-side`}
          options={SIDE_OPTIONS}
          value={side}
          onChange={(value) => onDetailsChange({ startedWhen, side: value })}
        />
      ) : null}
      <ChairStandTrend at={at} />
      <p className="small">Checked on {formatDateTime(at)}.</p>
    </section>
  );
}

/** The follow-ups (when it started, which side) of the questions answered Yes or Not sure: only those are asked. */
export function followUpsFor(answers: Readonly<Record<string, Answer>>): Set<FollowUp> {
  return new Set(QUESTIONS.filter((q) => isPositive(answers[q.id])).flatMap((q) => q.followUps ?? []));
}

function AnswersGiven({ answers }: { answers: Readonly<Record<string, Answer>> }) {
  const id = useId();
  const known = QUESTIONS.filter((q) => answers[q.id] !== undefined);
  // A run saved by an older version may name questions no longer asked.
  const unknownIds = Object.keys(answers).filter((qid) => !QUESTIONS.some((q) => q.id === qid));
  const positive = [...known.map((q) => q.id), ...unknownIds].filter((qid) => isPositive(answers[qid]));
  const noCount = Object.values(answers).filter((a) => a === 'no').length;
  const notAsked = QUESTIONS.length - known.length;
  return (
    <>
      <h3>Your answers</h3>
      {positive.length > 0 ? (
        <>
          <p id={`${id}-positive`}>You said Yes or Not sure to:</p>
          <ul className="sy-answer-list" aria-labelledby={`${id}-positive`}>
            {positive.map((qid) => (
              <li key={qid}>
                {questionText(qid)} <strong>{ANSWER_LABELS[answers[qid]!]}</strong>
              </li>
            ))}
          </ul>
          {noCount > 0 ? <p>You said No to {plural(noCount, 'other question', 'other questions')}.</p> : null}
        </>
      ) : (
        <p>You said No to all {plural(noCount, 'question', 'questions')}.</p>
      )}
      {notAsked > 0 && unknownIds.length === 0 ? (
        <p>
          {plural(notAsked, 'question was', 'questions were')} not asked: your answer already meant getting help now.
        </p>
      ) : null}
      {known.length > 0 ? (
        <details className="sy-all-answers">
          <summary>Show all your answers</summary>
          <ol>
            {known.map((q) => (
              <li key={q.id}>
                {q.text} <strong>{ANSWER_LABELS[answers[q.id]!]}</strong>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

interface DetailChoiceProps<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | undefined;
  onChange: (value: T) => void;
}

function DetailChoice<T extends string>({ legend, name, options, value, onChange }: DetailChoiceProps<T>) {
  return (
    <fieldset className="sy-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="sy-choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ChairStandTrend({ at }: { at: string }) {
  const asOf = todayLocal(new Date(at));
  const range = fourWeekWindow(asOf);
  const entries = useChairStandResultsBetween(range.from, range.to);
  const results: ChairStandResult[] | null | undefined =
    entries && entries.map((e) => ({ day: e.day, at: e.createdAt, reps: e.reps, usedArms: e.usedArms }));
  return (
    <>
      <h3>{wholeWords('Your chair-stand results, last 4 weeks')}</h3>
      {results === undefined ? (
        <p className="loading">Loading…</p>
      ) : results === null ? (
        <p>Your chair-stand results could not be read just now.</p>
      ) : (
        <p>{describeChairStands(summariseChairStands(results, asOf))}</p>
      )}
    </>
  );
}

function stands(result: ChairStandResult): string {
  return result.usedArms ? '0 stands (needed arms)' : plural(result.reps, 'stand', 'stands');
}

export function describeChairStands(summary: ChairStandSummary): string {
  const since = formatDay(summary.window.from);
  if (summary.kind === 'none') {
    return `No 30-second chair stand results since ${since}. There is no recent trend to show.`;
  }
  if (summary.kind === 'one') {
    return `One 30-second chair stand result since ${since}: ${stands(summary.latest)} on ${formatDay(summary.latest.day)}.`;
  }
  const change =
    summary.change === 0
      ? 'no change'
      : summary.change > 0
        ? plural(summary.change, 'more stand', 'more stands')
        : plural(-summary.change, 'fewer stand', 'fewer stands');
  return (
    `${summary.count} results in the 30-second chair stand since ${since}. ` +
    `First ${stands(summary.first)} on ${formatDay(summary.first.day)}, latest ${stands(summary.latest)} on ` +
    `${formatDay(summary.latest.day)}: ${change}. Lowest ${summary.lowest}, highest ${summary.highest}.`
  );
}
