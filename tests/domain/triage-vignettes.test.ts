// Vignettes: people as the fact sheet describes them ("Red flags and their urgency"),
// each with the level FACTS.md says they need, written before the engine ran them.
// A person answers Yes to every question their story fits and No to the rest; the
// app's saved data comes in as findings. The table prints with every run; the test
// fails on any under-triage. Over-triage is counted and shown, not failed: the
// questions deliberately err safe (e.g. saddle numbness without back pain).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { redFlagCheckSchema } from '../../src/content/schemas/triage-schema';
import { evaluateTriage, levelRank, type Answer, type TriageLevel } from '../../src/domain/triage-engine';

const require = createRequire(join(process.cwd(), 'package.json'));
const yaml = require('js-yaml') as { load(source: string): unknown };
const source = readFileSync(join(process.cwd(), 'content/triage/red-flag-check.md'), 'utf8');
const check = redFlagCheckSchema.parse(yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''));

interface Vignette {
  story: string;
  /** Questions the person answers Yes (or Not sure, with a leading "?"). */
  yes: string[];
  /** Findings from the person's saved data. */
  data?: string[];
  expected: TriageLevel;
}

const V: Vignette[] = [
  // Emergency: stroke signs now or in the last day (BE-FAST), even if passed.
  { story: 'face drooped on one side an hour ago, now fine', yes: ['stroke-face-arm-leg'], expected: 'emergency' },
  { story: 'left arm suddenly weak and numb this morning', yes: ['stroke-face-arm-leg'], expected: 'emergency' },
  { story: 'speech slurred for ten minutes yesterday evening', yes: ['stroke-speech-sight-balance'], expected: 'emergency' },
  { story: 'sudden loss of sight in one eye today', yes: ['stroke-speech-sight-balance'], expected: 'emergency' },
  { story: 'sudden loss of balance, cannot walk straight, now', yes: ['stroke-speech-sight-balance'], expected: 'emergency' },
  { story: 'unsure if her face drooped this morning', yes: ['?stroke-face-arm-leg'], expected: 'emergency' },
  { story: 'leg went weak suddenly today and also slow muscle loss for months', yes: ['stroke-face-arm-leg', 'slow-unexplained-loss'], expected: 'emergency' },
  // Emergency: Guillain-Barré pattern.
  { story: 'weak legs and now struggling to breathe', yes: ['breathing-swallowing-speaking'], expected: 'emergency' },
  { story: 'weakness with trouble swallowing food since this morning', yes: ['breathing-swallowing-speaking'], expected: 'emergency' },
  { story: 'tingling feet, weakness climbing to the knees over two days', yes: ['weakness-spreading-fast'], expected: 'emergency' },
  { story: 'cannot lift his arms at all since last night', yes: ['cannot-move-limbs-or-face'], expected: 'emergency' },
  { story: 'spreading weakness after a stomach bug, also statin user with aches', yes: ['weakness-spreading-fast', 'statin-muscle-pain'], expected: 'emergency' },
  // Emergency: cauda equina.
  { story: 'back pain and new numbness around the bottom', yes: ['saddle-numbness-bladder-bowel'], expected: 'emergency' },
  { story: 'back pain and newly wet herself without knowing', yes: ['saddle-numbness-bladder-bowel'], expected: 'emergency' },
  { story: 'back pain and since yesterday cannot pass urine properly', yes: ['back-pain-urine-or-wiping'], expected: 'emergency' },
  { story: 'back pain and numb when wiping after the toilet', yes: ['back-pain-urine-or-wiping'], expected: 'emergency' },
  { story: 'weak legs and new trouble starting to pee', yes: ['back-pain-urine-or-wiping'], expected: 'emergency' },
  // Emergency: collapse.
  { story: 'sudden severe weakness and fainted this afternoon', yes: ['collapse-or-fainting'], expected: 'emergency' },
  { story: 'collapsed last night with weak legs, feels better now', yes: ['collapse-or-fainting'], expected: 'emergency' },
  // Urgent: signs that came and went earlier.
  { story: 'TIA three days ago, arm went numb for 10 minutes, never checked', yes: ['stroke-signs-earlier'], expected: 'urgent' },
  { story: 'blurred speech last week for a few minutes, never seen a doctor', yes: ['stroke-signs-earlier'], expected: 'urgent' },
  { story: 'fainted two days ago with weakness, fine now', yes: ['faint-earlier'], expected: 'urgent' },
  { story: 'not sure whether a dizzy turn four days ago was a faint', yes: ['?faint-earlier'], expected: 'urgent' },
  // Urgent: rhabdomyolysis, statins, myasthenia, weakness over days.
  { story: 'sore thighs after a long run and cola-coloured urine', yes: ['dark-urine-muscle-pain'], expected: 'urgent' },
  { story: 'on a statin, new unexplained aching weak shoulders', yes: ['statin-muscle-pain'], expected: 'urgent' },
  { story: 'drooping eyelids and double vision by evening', yes: ['worse-with-use'], expected: 'urgent' },
  { story: 'arms tire more and more through the day', yes: ['worse-with-use'], expected: 'urgent' },
  { story: 'right hand weaker over four days, not improving', yes: ['one-area-over-days'], expected: 'urgent' },
  { story: 'lost a lot of strength in a week after flu', yes: ['fast-loss-over-days'], expected: 'urgent' },
  { story: 'one leg numb and hard to control', yes: ['one-limb-numbness-pain'], expected: 'urgent' },
  { story: 'one painful numb arm, also SARC-F of 6 saved', yes: ['one-limb-numbness-pain'], data: ['saved-sarc-f-score'], expected: 'urgent' },
  // Soon: gradual loss, weight loss, MND signs, decline despite the plan, SARC-F.
  { story: 'slowly weaker over a year, no reason she can think of', yes: ['slow-unexplained-loss'], expected: 'soon' },
  { story: 'getting weaker and lost 5 kg without trying', yes: ['weight-loss'], expected: 'soon' },
  { story: 'twitching calves, thinning hands and tripping', yes: ['twitching-cramps'], expected: 'soon' },
  { story: 'following the plan but thighs still shrinking', yes: ['worse-despite-plan'], expected: 'soon' },
  { story: 'knows a SARC-F scored 5 at the clinic', yes: ['sarc-f-4-or-more'], expected: 'soon' },
  { story: 'saved SARC-F score of 5 in the app, answers all No', yes: [], data: ['saved-sarc-f-score'], expected: 'soon' },
  { story: 'chair stands fell from 14 to 8 on Progress, answers all No', yes: [], data: ['chair-stand-decline'], expected: 'soon' },
  { story: 'both a saved SARC-F of 4 and a decline, answers all No', yes: [], data: ['saved-sarc-f-score', 'chair-stand-decline'], expected: 'soon' },
  { story: 'not sure whether the loss is unexplained', yes: ['?slow-unexplained-loss'], expected: 'soon' },
  // Self-care: a clear disuse cause, gradual, none of the above.
  { story: 'calf thinner after six weeks in a cast, no other signs', yes: [], expected: 'self-care' },
  { story: 'weak after two weeks in hospital bed, recovering, no red flags', yes: [], expected: 'self-care' },
  { story: 'less active since retiring, slowly weaker, knows why', yes: [], expected: 'self-care' },
  { story: 'old stroke weakness on the left, unchanged for years (answers No as told)', yes: [], expected: 'self-care' },
];

function answersFor(v: Vignette): Record<string, Answer> {
  const answers: Record<string, Answer> = Object.fromEntries(check.questions.map((q) => [q.id, 'no' as Answer]));
  for (const raw of v.yes) {
    const id = raw.replace(/^\?/, '');
    if (!(id in answers)) throw new Error(`vignette "${v.story}" names unknown question ${id}`);
    answers[id] = raw.startsWith('?') ? 'not-sure' : 'yes';
  }
  return answers;
}

test(`${V.length} vignettes from FACTS.md: none under-triaged`, () => {
  expect(V.length).toBeGreaterThanOrEqual(40);
  const rows = V.map((v) => {
    const findings = (v.data ?? []).map((id) => {
      const f = check.findings.find((x) => x.id === id);
      if (!f) throw new Error(`vignette "${v.story}" names unknown finding ${id}`);
      return { id: f.id, level: f.level };
    });
    const result = evaluateTriage(check.questions, answersFor(v), findings);
    const got = result.status === 'complete' ? result.level : 'incomplete';
    const verdict =
      got === 'incomplete' ? 'INCOMPLETE' : got === v.expected ? 'exact' : levelRank(got) > levelRank(v.expected) ? 'over' : 'UNDER';
    return { story: v.story, expected: v.expected, got, verdict };
  });
  const count = (verdict: string) => rows.filter((r) => r.verdict === verdict).length;
  const table = [
    'expected   got        verdict  story',
    ...rows.map((r) => `${r.expected.padEnd(10)} ${r.got.padEnd(10)} ${r.verdict.padEnd(8)} ${r.story}`),
    `${rows.length} vignettes: ${count('exact')} exact, ${count('over')} over-triaged, ${count('UNDER')} under-triaged, ${count('INCOMPLETE')} incomplete`,
  ].join('\n');
  console.log(table);
  expect(rows.filter((r) => r.verdict === 'UNDER' || r.verdict === 'INCOMPLETE')).toEqual([]);
});
