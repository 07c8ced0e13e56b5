import { useId } from 'react';
import { setRecordingMotion, useRecordingMotion } from '../../ui/motion-recording-setting';

/**
 * Off unless turned on: after a chair-stand test done with the phone on the
 * chest, offer the raw movement as a CSV file, for whoever helps check that
 * the phone counts well. Nothing is kept: each recording is offered once.
 */
export function MotionRecordingSection() {
  const id = useId();
  // The page is prerendered without storage: "off" there, then this phone's own choice once it runs.
  const on = useRecordingMotion();
  const toggle = () => setRecordingMotion(!on);
  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Movement recordings</h2>
      <p>
        When the phone counts your stands, it can also offer you its raw movement readings as a file (CSV), to send to
        someone helping to check that it counts well. Nothing is sent unless you send the file yourself.
      </p>
      <p className="data-emphasis" id={`${id}-state`}>
        {on ? 'On: after each test with the phone on your chest, you can save the recording.' : 'Off.'}
      </p>
      <button type="button" aria-describedby={`${id}-state`} onClick={toggle}>
        {on ? 'Turn off movement recordings' : 'Turn on movement recordings'}
      </button>
    </section>
  );
}
