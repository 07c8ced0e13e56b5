// Build-time guard: no edit to the red-flag questions may hide an emergency question.
// The content pipeline calls this and fails the build on any problem, so the check
// is about the content as the engine will really run it, not just its shape.
//
// Two independent arguments, both required:
// 1. Structure: ids are unique and non-empty, there is at least one emergency
//    question, and every emergency question comes before every other question. Asking
//    emergencies first means a person who stops part-way has already been screened
//    for them, and the UI can stop at the first emergency yes.
// 2. Simulation: for each emergency question, run the real engine with everything
//    before it answered and check the engine asks that question next and that a yes
//    (or not-sure) to it gives the emergency outcome. This catches what a structural
//    rule can miss, such as an engine change that ends the check early.

import { evaluateTriage } from './triage-engine';
import type { Answer, TriageQuestionLike } from './triage-engine';

export function checkTriageReachability(questions: readonly TriageQuestionLike[]): string[] {
  const problems: string[] = [];

  const emergencies = questions.filter((q) => q.level === 'emergency');
  if (emergencies.length === 0) {
    problems.push('there are no emergency questions: the red-flag check must ask at least one');
  }

  const seen = new Set<string>();
  questions.forEach((q, index) => {
    if (q.id.trim() === '') {
      problems.push(`question ${index + 1} (${q.level}) has an empty id`);
    } else if (seen.has(q.id)) {
      // Answers are stored by id, so a second question with the same id arrives
      // already answered and is never shown.
      problems.push(`question id "${q.id}" is used more than once; the later one would never be asked`);
    }
    seen.add(q.id);
  });

  const firstOther = questions.find((q) => q.level !== 'emergency');
  if (firstOther) {
    const firstOtherIndex = questions.indexOf(firstOther);
    questions.forEach((q, index) => {
      if (q.level === 'emergency' && index > firstOtherIndex) {
        problems.push(
          `emergency question "${q.id}" comes after ${firstOther.level} question "${firstOther.id}"; ` +
            'every emergency question must be asked before any other',
        );
      }
    });
  }

  questions.forEach((q, index) => {
    if (q.level !== 'emergency') return;
    const earlier = questions.slice(0, index);
    // All no: the usual path through the check.
    problems.push(...simulate(questions, q, answersFor(earlier, () => 'no'), 'all earlier answers "no"'));
    // Earlier non-emergency questions positive: a lower-level yes must never end the
    // check before an emergency question is asked.
    problems.push(
      ...simulate(
        questions,
        q,
        answersFor(earlier, (e) => (e.level === 'emergency' ? 'no' : 'yes')),
        'earlier emergency answers "no" and the rest "yes"',
      ),
    );
  });

  return problems;
}

function answersFor(
  earlier: readonly TriageQuestionLike[],
  answer: (q: TriageQuestionLike) => Answer,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const e of earlier) answers[e.id] = answer(e);
  return answers;
}

function simulate(
  questions: readonly TriageQuestionLike[],
  target: TriageQuestionLike,
  before: Record<string, Answer>,
  scenario: string,
): string[] {
  const problems: string[] = [];
  const asked = evaluateTriage(questions, before);
  if (asked.status !== 'incomplete' || asked.nextQuestionId !== target.id) {
    const got = asked.status === 'incomplete' ? `asks "${asked.nextQuestionId}"` : `ends with ${asked.level}`;
    problems.push(
      `emergency question "${target.id}" is unreachable: with ${scenario}, the check ${got} instead`,
    );
    // If it is never asked, what its answer would do is beside the point.
    return problems;
  }
  for (const answer of ['yes', 'not-sure'] as const) {
    const outcome = evaluateTriage(questions, { ...before, [target.id]: answer });
    if (outcome.status !== 'complete' || outcome.level !== 'emergency') {
      const got = outcome.status === 'complete' ? outcome.level : 'no outcome';
      problems.push(
        `emergency question "${target.id}" answered "${answer}" (${scenario}) gives ${got}, not emergency`,
      );
    }
  }
  return problems;
}
