import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { addMobilityTest } from '../../../src/db/mobility-repository';
import { sppbScore } from '../../../src/domain/sppb';
import { addDays, todayLocal } from '../../../src/domain/dates';
import { weekStart } from '../../../src/domain/weekly-aggregation';
import { resetDatabase } from '../../db/reset-database';
import { renderLoadedApp } from '../../support/loaded-app';
import { entry, shortDay } from './progress-fixtures';

// Whole-app renders: slow when the full suite shares the machine. Each test
// loads the screen's code (and Recharts with it) before rendering, so its
// findBy waits are for the cards, never for the lazy chunk.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetDatabase);

/** The Monday `weeks` weeks before this week's, plus `plus` days (never after today). */
function week(weeks: number, plus = 0): string {
  const day = addDays(weekStart(todayLocal()), -7 * weeks + plus);
  return day > todayLocal() ? todayLocal() : day;
}

const stand = (day: string, reps: number) => entry({ kind: 'chair-stand-30s', day, reps, usedArms: false });
const reps = (day: string, count: number) => entry({ kind: 'sit-to-stand-count', day, reps: count });
const steps = (day: string, count: number) => entry({ kind: 'steps', day, steps: count });

async function card(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: title });
  return heading.closest('section') as HTMLElement;
}

describe('Progress screen', () => {
  it('opens "Show the numbers" into a table of the chart’s weeks, newest first', async () => {
    const user = userEvent.setup({ delay: null });
    await db.entries.bulkAdd([stand(week(4), 10), stand(week(4, 1), 12), stand(week(0), 14)]);
    await renderLoadedApp('/progress');
    const chair = await card('Chair stands in 30 seconds');
    expect(await within(chair).findByText('Up 3 stands since 4 weeks ago — a real change.')).toBeInTheDocument();
    // The table is not built until asked for.
    expect(within(chair).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(chair).getByText('Show the numbers'));
    const table = await within(chair).findByRole('table', { name: /Chair stands each week, newest first/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Week of', 'Best', 'Median', 'Tests'],
      [`${shortDay(week(0))} (this week)`, '14', '14', '1'],
      [shortDay(week(4)), '12', '11', '2'],
    ]);
    expect(within(table).getByRole('rowheader', { name: shortDay(week(4)) })).toBeInTheDocument();

    await user.click(within(chair).getByText('Show the numbers'));
    await waitFor(() => expect(within(chair).queryByRole('table')).not.toBeInTheDocument());
  });

  it('describes each chart in words for screen readers', async () => {
    await db.entries.bulkAdd([stand(week(2), 9), stand(week(0), 13)]);
    await saveProfile({ yearOfBirth: new Date().getFullYear() - 72, sex: 'female' });
    await renderLoadedApp('/progress');
    const chair = await card('Chair stands in 30 seconds');
    const chart = await within(chair).findByRole('img', { name: 'Chart: Chair stands in 30 seconds' });
    expect(chart).toHaveAccessibleDescription(
      expect.stringMatching(/^Chart of chair stands in 30 seconds for each week, .* Best \(solid line with circles\): lowest 9 stands, highest 13 stands, latest 13 stands\. .* Grey dotted line: below average for women aged 70–74 is under 10 stands \(CDC STEADI\)\.$/),
    );
  });

  it('switching to 4 weeks leaves out older weeks', async () => {
    const user = userEvent.setup({ delay: null });
    await db.entries.bulkAdd([stand(week(6), 10), stand(week(0), 14)]);
    await renderLoadedApp('/progress');
    const chair = await card('Chair stands in 30 seconds');
    expect(await within(chair).findByText('Up 4 stands since 6 weeks ago — a real change.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    expect(screen.getByRole('radio', { name: '4 weeks' })).toBeChecked();
    expect(
      await within(chair).findByText('One week of results so far: your best was 14 stands. Do the test again next week to see a trend.'),
    ).toBeInTheDocument();
  });

  it('opens on the period named in the address', async () => {
    await db.entries.bulkAdd([stand(week(30), 8), stand(week(0), 14)]);
    await renderLoadedApp('/progress?range=all');
    expect(await screen.findByRole('radio', { name: 'Everything' })).toBeChecked();
    expect(await screen.findByText(/^Up 6 stands since 7 months ago — a real change\.$/)).toBeInTheDocument();
  });

  it('shows values in the profile’s units', async () => {
    const user = userEvent.setup({ delay: null });
    await db.entries.bulkAdd([entry({ kind: 'weight', day: week(1), kg: 70 })]);
    await saveProfile({ units: 'imperial' });
    await renderLoadedApp('/progress');
    const weight = await card('Weight');
    expect(await within(weight).findByText('Latest weight: 154.3 lb.')).toBeInTheDocument();
    await user.click(within(weight).getByText('Show the numbers'));
    expect(await within(weight).findByRole('cell', { name: /^154\.3\slb$/ })).toBeInTheDocument();
  });

  it('a real decline shows a calm banner that leads to the red-flag check', async () => {
    await db.entries.bulkAdd([stand(week(4), 14), stand(week(0), 10)]);
    await renderLoadedApp('/progress');
    const banner = (await screen.findByRole('heading', { level: 2, name: 'Worth a check' })).closest('section') as HTMLElement;
    expect(within(banner).getByText('Chair stands: down 4 stands since 4 weeks ago.')).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Do the red-flag check' })).toHaveAttribute('href', '/symptoms');
  });

  it('with nothing logged, each card says what to log and links to where', async () => {
    await renderLoadedApp('/progress');
    const chair = await card('Chair stands in 30 seconds');
    expect(within(chair).getByText(/^No chair-stand results yet/)).toBeInTheDocument();
    expect(within(chair).getByRole('link', { name: 'Do the 30-second chair stand test' })).toHaveAttribute('href', '/tests/chair-stand');
    expect(within(await card('Weight')).getByRole('link', { name: 'Add a measurement' })).toHaveAttribute('href', '/measurements');
    expect(within(await card('Following your plan')).getByRole('link', { name: 'Open your plan' })).toHaveAttribute('href', '/plan');
    const daily = await card('Daily sit-to-stands');
    expect(within(daily).getByText(/^No sit-to-stands logged yet\. Log your sit-to-stands on Today/)).toBeInTheDocument();
    expect(within(daily).getByRole('link', { name: 'Log sit-to-stands on Today' })).toHaveAttribute('href', '/');
    expect(within(await card('Daily steps')).getByRole('link', { name: 'Add a measurement' })).toHaveAttribute('href', '/measurements');
    expect(screen.queryByRole('heading', { name: 'Worth a check' })).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('Progress: the daily habit', () => {
  it('shows the week’s sit-to-stands in words, and a described chart', async () => {
    const user = userEvent.setup({ delay: null });
    // This Monday two sets; last week two days.
    await db.entries.bulkAdd([reps(week(0), 10), reps(week(0), 15), reps(week(1), 10), reps(week(1, 3), 20)]);
    await renderLoadedApp('/progress');
    const daily = await card('Daily sit-to-stands');
    expect(await within(daily).findByText('This week so far: 25 sit-to-stands on 1 day. Last week: 30 on 2 days.')).toBeInTheDocument();
    const chart = within(daily).getByRole('img', { name: 'Chart: Daily sit-to-stands' });
    expect(chart).toHaveAccessibleDescription(
      expect.stringMatching(/^Bar chart of the sit-to-stands you logged, in total for each week, .* Total for the week: lowest 25 sit-to-stands, highest 30 sit-to-stands, latest 25 sit-to-stands\.$/),
    );
    await user.click(within(daily).getByText('Show the numbers'));
    const table = await within(daily).findByRole('table', { name: 'Sit-to-stands each week, newest first.' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows a typical day’s steps against the goal, in words and as a described chart', async () => {
    await db.entries.bulkAdd([
      steps(week(0), 4000),
      steps(week(0), 2000), // logged twice on one day: 6,000 that day
      steps(week(1, 0), 3000),
      steps(week(1, 1), 5000),
      steps(week(1, 2), 7000),
    ]);
    await renderLoadedApp('/progress');
    const daily = await card('Daily steps');
    // Goal: the middle of the four logged days (5,500) plus 500, as on the Plan screen.
    expect(
      await within(daily).findByText('This week so far: about 6,000 steps a day (1 day logged). Last week: about 5,000 a day. Your goal: 6,000 a day.'),
    ).toBeInTheDocument();
    expect(within(daily).getByRole('img', { name: 'Chart: Daily steps' })).toHaveAccessibleDescription(
      expect.stringMatching(/Typical day: lowest 5,000 steps, highest 6,000 steps, latest 6,000 steps\. Grey dotted line: your goal, 6,000 steps a day\.$/),
    );
    expect(within(daily).getByText(/^Your goal starts from how much you have been walking: about 5,500 steps a day/)).toBeInTheDocument();
  });
});

describe('Progress: balance, walking and SPPB results', () => {
  it('shows no mobility card before a result, then the SPPB card with its score once one is saved', async () => {
    await db.entries.bulkAdd([stand(week(0), 12)]);
    await renderLoadedApp('/progress');
    await card('Chair stands in 30 seconds');
    expect(screen.queryByRole('heading', { level: 2, name: 'Physical performance (SPPB)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Walking speed' })).not.toBeInTheDocument();

    const holds = { sideBySide: 10, semiTandem: 10, tandem: 5 };
    const s = sppbScore(holds, 5, 12.5); // 3 + 3 + 3
    await addMobilityTest({ kind: 'sppb', holds, courseMetres: 4, walkSeconds: 5, fiveStandsSeconds: 12.5, balanceScore: s.balance, walkScore: s.walk, chairStandsScore: s.chairStands, total: s.total });

    const sppb = await card('Physical performance (SPPB)');
    expect(
      within(sppb).getByText(
        `Newest, ${shortDay(todayLocal())}: 9 out of 12 (balance 3, walking 3, chair stands 3). That is at or under 9 points but over 8 points, the lines for low physical performance.`,
      ),
    ).toBeInTheDocument();
    expect(await within(sppb).findByRole('img', { name: 'Chart: Physical performance (SPPB)' })).toHaveAccessibleDescription(
      expect.stringMatching(/Grey dotted line: 8 points or fewer: low physical performance \(EWGSOP2\)\. Grey dotted line: 9 points or fewer: low physical performance \(AWGS 2019\)\.$/),
    );
    // Its walk shows on the walking speed card: 4 m in 5 s.
    const speed = await card('Walking speed');
    expect(within(speed).getByText(/^Newest, .*: 0\.8 m\/s\. That is at or under 0\.8 m\/s and 1 m\/s/)).toBeInTheDocument();
  });
});
