import { useId, useState } from 'react';
import { dailyReminderCalendar } from '../../domain/reminder-calendar';
import { todayLocal } from '../../domain/dates';
import { saveFailureMessage } from '../../db/storage-errors';
import { NotificationReminder } from './notification-reminder';

function downloadFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A daily reminder as a calendar file: the phone's own calendar does the
 * reminding, offline, with no server. Honest about what the app cannot do.
 */
export function Reminders({ time, onSaveTime }: { time: string | undefined; onSaveTime: (time: string) => Promise<void> }) {
  const [draft, setDraft] = useState(time ?? '09:00');
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inputId = useId();

  const download = async () => {
    setFailure(null);
    try {
      await onSaveTime(draft);
    } catch (error) {
      setMessage(null);
      setFailure(saveFailureMessage(error, 'Sorry, the time could not be saved, so no calendar file was made. Please try again.'));
      return;
    }
    downloadFile(
      'regain-daily-reminder.ics',
      dailyReminderCalendar({
        time: draft,
        startDay: todayLocal(),
        uid: 'daily-reminder@regain.app',
        title: 'Regain: today’s plan',
        description: 'Open Regain to see today’s exercise and tick it off.',
        now: new Date(),
      }),
      'text/calendar',
    );
    setMessage('Calendar file downloaded. Open it to add the daily reminder to your calendar.');
  };

  return (
    <section className="card" aria-labelledby="reminders">
      <h2 id="reminders">Daily reminder</h2>
      <label htmlFor={inputId}>Remind me at</label>
      <div className="search-row">
        <input id={inputId} type="time" value={draft} onChange={(e) => setDraft(e.target.value)} required />
        <button type="button" onClick={() => void download()} disabled={!/^\d{2}:\d{2}$/.test(draft)}>
          Add to my calendar
        </button>
      </div>
      <p role="status">{message}</p>
      <p className="form-error" role="alert">
        {failure}
      </p>
      <NotificationReminder time={time} />
      <p className="small">
        This downloads a calendar file with a daily event. It works on every phone, even offline. Regain cannot send
        notifications by itself when it is closed: that would need a server, and Regain sends nothing off your phone. On an
        iPhone, web apps can only show notifications after being added to the Home Screen.
      </p>
    </section>
  );
}
