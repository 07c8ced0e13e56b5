import { configure, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import SymptomsScreen from '../../../src/features/symptoms/symptoms-screen';
import SymptomCheckScreen from '../../../src/features/symptoms/symptom-check-screen';
import SymptomChecklistScreen from '../../../src/features/symptoms/symptom-checklist-screen';
import SarcFScreen from '../../../src/features/symptoms/sarc-f-screen';
import TriageHistoryScreen from '../../../src/features/symptoms/triage-history-screen';
import TriageRunScreen from '../../../src/features/symptoms/triage-run-screen';
import { useSymptomCheckStore } from '../../../src/features/symptoms/symptom-check-store';
import { resetDatabase } from '../../db/reset-database';

// Saves and live queries settle in milliseconds, but a busy test machine can
// take longer than the 1 s that findBy waits by default.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: scrolling is a no-op there (and logs "not implemented").
window.scrollTo = () => undefined;

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

/** The Symptoms screens under their real paths (the app's own routes add only the layout). */
export function renderSymptoms(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/symptoms" element={<SymptomsScreen />} />
        <Route path="/symptoms/check" element={<SymptomCheckScreen />} />
        <Route path="/symptoms/checklist" element={<SymptomChecklistScreen />} />
        <Route path="/symptoms/sarc-f" element={<SarcFScreen />} />
        <Route path="/symptoms/history" element={<TriageHistoryScreen />} />
        <Route path="/symptoms/history/:runId" element={<TriageRunScreen />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

/** A fresh database and no check in progress, in memory or in sessionStorage. */
export async function resetSymptoms(): Promise<void> {
  sessionStorage.clear();
  localStorage.clear();
  useSymptomCheckStore.setState({ draft: null });
  await resetDatabase();
}
