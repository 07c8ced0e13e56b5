/**
 * Every screen's address, in one place: features link to each other through
 * these names (a feature may not import another feature, nor the app shell),
 * and the shell's routes and navigation use the same values. Separate
 * constants and no functions, so the build writes each address where it is
 * used (see inlineConst in vite.config.ts) and no module is left to load.
 * An address with an id is built where it is used: `${HISTORY_PATH}/${id}`.
 * Content in content/ links by address too: src/app/route-list.ts lists the
 * ones it may use.
 */
export const TODAY_PATH = '/';
export const PROGRESS_PATH = '/progress';
export const PLAN_PATH = '/plan';
export const SYMPTOMS_PATH = '/symptoms';
export const SYMPTOM_CHECK_PATH = '/symptoms/check';
export const SYMPTOM_CHECKLIST_PATH = '/symptoms/checklist';
export const SARC_F_PATH = '/symptoms/sarc-f';
export const PAST_CHECKS_PATH = '/symptoms/history';
export const LEARN_PATH = '/learn';
export const LEARN_EXERCISES_PATH = '/learn/exercises';
export const LEARN_SOURCES_PATH = '/learn/sources';
export const SETTINGS_PATH = '/settings';
export const YOUR_DATA_PATH = '/settings/data';
export const CLINICIAN_SUMMARY_PATH = '/settings/data/summary';
export const HISTORY_PATH = '/history';
export const MEASUREMENTS_PATH = '/measurements';
export const CHAIR_STAND_TEST_PATH = '/tests/chair-stand';
export const FIVE_TIMES_TEST_PATH = '/tests/five-times-sit-to-stand';
export const BALANCE_TEST_PATH = '/tests/balance';
export const WALKING_SPEED_TEST_PATH = '/tests/walking-speed';
export const TUG_TEST_PATH = '/tests/timed-up-and-go';
export const SPPB_TEST_PATH = '/tests/sppb';
export const WELCOME_PATH = '/welcome';
/** Followed by a session's id. */
export const PLAN_SESSION_PATH = '/plan/session';
