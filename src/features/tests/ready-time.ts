// How long the countdown after Start lasts when the person is alone: time to sit back and cross the arms
// over the phone, or to get into position for a balance stance. 10 seconds unless the person chose more on
// this phone (a slower person, or one who puts the phone on the chest after tapping Start, may need it).
import { phoneSetting } from '../../ui/phone-setting';

export const READY_TIME_CHOICES = [10, 20, 30] as const;
export type ReadyTime = (typeof READY_TIME_CHOICES)[number];

const setting = phoneSetting<ReadyTime>(
  'regain-ready-seconds',
  (stored) => READY_TIME_CHOICES.find((choice) => String(choice) === stored) ?? 10,
  String,
);

export const readyTime = setting.get;
export const setReadyTime = setting.set;
export const useReadyTime = setting.use;
