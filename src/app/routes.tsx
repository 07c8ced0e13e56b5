import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error-boundary';

// Each screen is its own chunk, so Today downloads only what Today needs.
const TodayScreen = lazy(() => import('../features/today/today-screen'));
const ProgressScreen = lazy(() => import('../features/progress/progress-screen'));
const PlanScreen = lazy(() => import('../features/plan/plan-screen'));
const SessionScreen = lazy(() => import('../features/plan/session-screen'));
const SymptomsScreen = lazy(() => import('../features/symptoms/symptoms-screen'));
const SymptomCheckScreen = lazy(() => import('../features/symptoms/symptom-check-screen'));
const SymptomChecklistScreen = lazy(() => import('../features/symptoms/symptom-checklist-screen'));
const SarcFScreen = lazy(() => import('../features/symptoms/sarc-f-screen'));
const TriageHistoryScreen = lazy(() => import('../features/symptoms/triage-history-screen'));
const TriageRunScreen = lazy(() => import('../features/symptoms/triage-run-screen'));
const LearnScreen = lazy(() => import('../features/learn/learn-screen'));
const ContentPageScreen = lazy(() => import('../features/learn/content-page-screen'));
const SettingsScreen = lazy(() => import('../features/settings/settings-screen'));
const ChairStandTestScreen = lazy(() => import('../features/tests/chair-stand-test-screen'));
const FiveTimesTestScreen = lazy(() => import('../features/tests/five-times-test-screen'));
const MeasurementsScreen = lazy(() => import('../features/measurements/measurements-screen'));
const HistoryScreen = lazy(() => import('../features/history/history-screen'));
const EditEntryScreen = lazy(() => import('../features/history/edit-entry-screen'));
const DataScreen = lazy(() => import('../features/data/data-screen'));
const ClinicianSummaryScreen = lazy(() => import('../features/data/clinician-summary-screen'));
const NotFound = lazy(() => import('./not-found'));

function Guarded({ screen: Screen }: { screen: LazyExoticComponent<ComponentType> }) {
  const { pathname } = useLocation();
  // Keyed by path, so an error on one screen is cleared by moving to another.
  return (
    <RouteErrorBoundary key={pathname}>
      <Screen />
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Guarded screen={TodayScreen} />} />
        <Route path="progress" element={<Guarded screen={ProgressScreen} />} />
        <Route path="plan" element={<Guarded screen={PlanScreen} />} />
        <Route path="plan/session/:sessionId" element={<Guarded screen={SessionScreen} />} />
        <Route path="symptoms" element={<Guarded screen={SymptomsScreen} />} />
        <Route path="symptoms/check" element={<Guarded screen={SymptomCheckScreen} />} />
        <Route path="symptoms/checklist" element={<Guarded screen={SymptomChecklistScreen} />} />
        <Route path="symptoms/sarc-f" element={<Guarded screen={SarcFScreen} />} />
        <Route path="symptoms/history" element={<Guarded screen={TriageHistoryScreen} />} />
        <Route path="symptoms/history/:runId" element={<Guarded screen={TriageRunScreen} />} />
        <Route path="learn" element={<Guarded screen={LearnScreen} />} />
        <Route path="learn/*" element={<Guarded screen={ContentPageScreen} />} />
        <Route path="settings" element={<Guarded screen={SettingsScreen} />} />
        <Route path="settings/data" element={<Guarded screen={DataScreen} />} />
        <Route path="settings/data/summary" element={<Guarded screen={ClinicianSummaryScreen} />} />
        <Route path="tests/chair-stand" element={<Guarded screen={ChairStandTestScreen} />} />
        <Route path="tests/five-times-sit-to-stand" element={<Guarded screen={FiveTimesTestScreen} />} />
        <Route path="measurements" element={<Guarded screen={MeasurementsScreen} />} />
        <Route path="history" element={<Guarded screen={HistoryScreen} />} />
        <Route path="history/:id" element={<Guarded screen={EditEntryScreen} />} />
        <Route path="*" element={<Guarded screen={NotFound} />} />
      </Route>
    </Routes>
  );
}
