import { Screen } from '../../ui/screen';

export default function LearnScreen() {
  return (
    <Screen title="Learn" intro="Plain facts about muscle loss and rebuilding it.">
      <p>
        This is where short, clear pages will explain muscle atrophy, the early signs, when to see a
        doctor, how to get stronger, protein and food, and the self-tests, with an exercise library.
        Everything here will work offline.
      </p>
    </Screen>
  );
}
