import { setSpeakingWanted, speechAvailable, useSpeakingWanted } from './speech';

/** "Say the countdown and each stand out loud": on by default, remembered on this phone. Hidden where the phone has no voice. */
export function SpeechToggle() {
  const on = useSpeakingWanted();
  if (!speechAvailable()) return null;
  return (
    <label className="gt-check gt-speech">
      <input type="checkbox" checked={on} onChange={(event) => setSpeakingWanted(event.target.checked)} />
      <span>Say the countdown and each stand out loud</span>
    </label>
  );
}
