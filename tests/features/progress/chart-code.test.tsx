import { screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { resetDatabase } from '../../db/reset-database';
import { renderApp } from '../render-app';

// Recharts is most of Progress's code: someone with no results yet should
// never have to download and run it (src/features/progress/use-weekly-chart.ts).
const chartCode = vi.hoisted(() => ({ imported: false }));
vi.mock('../../../src/features/progress/weekly-chart', async (importOriginal) => {
  chartCode.imported = true;
  return importOriginal();
});

vi.setConfig({ testTimeout: 20_000 });
beforeEach(resetDatabase);

it('with no results yet, Progress opens without loading the chart code', async () => {
  renderApp('/progress');
  expect(await screen.findByText(/^No chair-stand results yet/)).toBeInTheDocument();
  expect(await screen.findByText(/^No weight logged yet/)).toBeInTheDocument();
  expect(chartCode.imported).toBe(false);
});
