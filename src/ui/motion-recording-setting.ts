// "Record the phone's movement" (Settings → Your data): off unless the person
// turns it on. A preference of this phone, like the voice switch. The data
// screen writes it; the guided tests read it when a test ends.
import { phoneSetting } from './phone-setting';

const recording = phoneSetting('regain-record-motion', (stored) => stored === 'on', (on: boolean) => (on ? 'on' : 'off'));

export const recordingMotion = recording.get;
export const setRecordingMotion = recording.set;
export const useRecordingMotion = recording.use;
