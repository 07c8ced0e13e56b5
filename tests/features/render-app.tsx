import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../src/app/routes';
import { addDays, todayLocal } from '../../src/domain/dates';

/** The whole app at one address, as the person would reach it. */
export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

export const today = () => todayLocal();
export const daysAgo = (n: number) => addDays(todayLocal(), -n);
