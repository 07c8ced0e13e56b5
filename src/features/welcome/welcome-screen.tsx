import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { markFirstRun, type FirstRunState } from '../../db/first-run';
import { Screen } from '../../ui/screen';
import { AboutYouStep } from './about-you-step';
import { CountryStep } from './country-step';
import { InstallStep } from './install-step';
import { PurposeStep } from './purpose-step';
import './welcome.css';
import { TODAY_PATH } from '../../ui/paths';

export const WELCOME_STEPS = 4;

/** The step in the address (?step=2), so the phone's Back button goes back one step. */
function stepFrom(value: string | null): number {
  const step = Number(value);
  return Number.isInteger(step) && step >= 1 && step <= WELCOME_STEPS ? step : 1;
}

/**
 * The first run: four short screens, any of which can be skipped, that say
 * what Regain is for and set what the rest of the app needs (age and sex for
 * the norms, units, the country's emergency number, installing). Everything
 * here can be changed later in Settings.
 */
export default function WelcomeScreen() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const step = stepFrom(params.get('step'));

  const next = () => void navigate(`/welcome?step=${step + 1}`);
  const finish = (state: FirstRunState) => {
    markFirstRun(state);
    void navigate(TODAY_PATH, { replace: true });
  };
  const frame = (title: string, body: ReactNode) => (
    <Screen title={title} intro={`Step ${step} of ${WELCOME_STEPS}`}>
      {body}
      {step < WELCOME_STEPS ? (
        <p className="welcome-skip">
          <button type="button" className="button-secondary" onClick={() => finish('skipped')}>
            Skip, go to Today
          </button>
        </p>
      ) : null}
    </Screen>
  );

  switch (step) {
    case 1:
      return frame('Welcome to Regain', <PurposeStep onNext={next} />);
    case 2:
      return frame('About you', <AboutYouStep onNext={next} />);
    case 3:
      return frame('Your country', <CountryStep onNext={next} />);
    default:
      return frame('Keep Regain on your phone', <InstallStep onDone={() => finish('done')} />);
  }
}
