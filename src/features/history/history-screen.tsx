import { Screen } from '../../ui/screen';

export default function HistoryScreen() {
  return (
    <Screen title="History">
      <p>This is where every entry will be listed by day, to edit, delete or add for a past date.</p>
    </Screen>
  );
}
