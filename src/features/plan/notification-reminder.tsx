import { useEffect, useState } from 'react';

/** Milliseconds from `now` until the next HH:MM local time (today, or tomorrow if passed). */
export function msUntilNext(time: string, now: Date): number {
  const [hours, minutes] = time.split(':').map(Number);
  const next = new Date(now);
  next.setHours(hours!, minutes!, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

const canNotify = () =>
  typeof window !== 'undefined' &&
  'Notification' in window &&
  window.matchMedia('(display-mode: standalone)').matches;

/**
 * Only where it can work: an installed app that may show notifications gets
 * one at the reminder time while Regain is open. Without a server nothing can
 * wake a closed web app, so the calendar file stays the reliable reminder.
 */
export function NotificationReminder({ time }: { time: string | undefined }) {
  const [permission, setPermission] = useState(() => (canNotify() ? Notification.permission : 'unsupported'));

  useEffect(() => {
    if (permission !== 'granted' || !time) return;
    const timer = setTimeout(() => {
      void navigator.serviceWorker?.ready.then((registration) =>
        registration.showNotification('Regain: today’s plan', { body: 'Time for today’s exercise.', icon: '/icon-192.png' }),
      );
    }, msUntilNext(time, new Date()));
    return () => clearTimeout(timer);
  }, [permission, time]);

  if (permission === 'unsupported') return null;
  if (permission === 'granted') return <p>Regain will also show a notification at that time while it is open.</p>;
  if (permission === 'denied') return <p className="small">Notifications are turned off for Regain in your phone’s settings.</p>;
  return (
    <button type="button" className="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
      Also notify me while Regain is open
    </button>
  );
}
