import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../src/app/routes';
import { addDays, todayLocal } from '../../../src/domain/dates';
import { resetDatabase } from '../../db/reset-database';
import { sampleData, seed } from '../../db/backup-test-data';
import { loadScreens } from '../../support/loaded-app';
import { shortDay } from '../progress/progress-fixtures';

beforeEach(resetDatabase);

// Whole-screen tests with IndexedDB and a lazy chunk: slow when the full suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

async function openSummary() {
  await loadScreens('/settings/data/summary');
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={['/settings/data/summary']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Summary for your doctor' });
  return { user, view };
}

const sectionNamed = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section')!;

describe('clinician summary', () => {
  it('shows the profile, trends, results against cut-offs with sources, gaps and symptom history', async () => {
    await seed(sampleData(addDays(todayLocal(), -1)));
    await openSummary();

    const about = await sectionNamed('About me');
    expect(about).toHaveTextContent(/Sex\s*Female/);
    expect(about).toHaveTextContent('born 1950');
    expect(about).toHaveTextContent('162.5 cm (5 ft 4 in)'); // imperial profile: both units

    const trend = await sectionNamed('Sit-to-stand tests, last 12 weeks');
    expect(within(trend).getAllByRole('row')).toHaveLength(13);
    expect(trend).toHaveTextContent('chair stand +2 stands (more is better); five-times sit-to-stand −3.3 s (less is better)');

    const results = await sectionNamed('Latest results against published cut-offs');
    // Each test is a row group: its name and result, then one row per cut-off.
    const group = (test: string) =>
      within(within(results).getByRole('rowheader', { name: test }).closest('tbody')!)
        .getAllByRole('row')
        .map((r) => r.textContent);
    expect(group('30-second chair stand')).toEqual([expect.stringMatching(/10 stands.*Below average if fewer than 10 \(women\), age 75–79.*Not below average/)]);
    expect(group('Five-times sit-to-stand')).toEqual([
      expect.stringMatching(/13\.1 s.*EWGSOP2.*Within the cut-off/),
      expect.stringMatching(/AWGS 2019.*at or over 12 s.*Slower than the cut-off/),
      expect.stringMatching(/age 70–79.*Slower than the cut-off/),
    ]);
    expect(group('Grip strength')).toEqual([
      expect.stringMatching(/17\.5 kg.*EWGSOP2: low if under 16 kg \(women\).*Not low/),
      expect.stringMatching(/AWGS 2019: low if under 18 kg \(women\).*Low/),
    ]);
    expect(group('Calf circumference, left')).toEqual([expect.stringMatching(/31\.2 cm.*low if under 33 cm.*Low/)]);
    expect(group('SARC-F questionnaire')).toEqual([expect.stringMatching(/5 of 10.*At or over the cut-off/)]);

    const sources = await sectionNamed('Sources');
    expect(sources).toHaveTextContent('CDC STEADI');
    expect(sources).toHaveTextContent('Bohannon');
    expect(sources).toHaveTextContent('Malmstrom');

    const gaps = await sectionNamed('Left–right differences');
    expect(within(gaps).getByRole('row', { name: /Calf/ })).toHaveTextContent('2.2 cm: flagged (2 cm or more)');

    const checks = await sectionNamed('Red-flag symptom checks');
    expect(within(checks).getByRole('row', { name: /Soon: told to book an appointment/ })).toHaveTextContent(
      '“Have you slowly lost muscle or strength, without a clear reason?”',
    );
    const checkIns = await sectionNamed('Symptom check-ins, last 12 weeks');
    expect(checkIns).toHaveTextContent(/1 check-in, the latest on/);
    expect(within(checkIns).getByRole('row', { name: /You get tired more quickly than before\./ })).toHaveTextContent('1 of 1');

    expect(screen.getAllByText(/not a diagnosis/i).length).toBeGreaterThanOrEqual(2);
  });

  it('shows the newest SPPB, walking speed, Timed Up and Go and balance test against their lines, with sources', async () => {
    await seed(sampleData(addDays(todayLocal(), -1)));
    await openSummary();
    const results = await sectionNamed('Latest results against published cut-offs');
    const group = (test: string) =>
      within(within(results).getByRole('rowheader', { name: test }).closest('tbody')!)
        .getAllByRole('row')
        .map((r) => r.textContent);
    const when = (days: number) => new RegExp(shortDay(addDays(todayLocal(), -1 - days)));
    expect(group('Short Physical Performance Battery (SPPB)')).toEqual([
      expect.stringMatching(/^Short Physical Performance Battery \(SPPB\)9 of 12: balance 4, gait 3 \(4 m in 5\.1 s\), chair stands 2 \(14\.2 s\).*Low physical performance \(8 points or fewer\) \[\d+\]Over the cut-off$/),
      expect.stringMatching(/Low physical performance \(9 points or fewer\) \[\d+\]At or under the cut-off$/),
    ]);
    expect(group('Short Physical Performance Battery (SPPB)')[0]).toMatch(when(9));
    // 3 m in 3.9 s, the faster of two walks; the profile is imperial, so ft/s too.
    expect(group('Usual walking speed')).toEqual([
      expect.stringMatching(/^Usual walking speed0\.77 m\/s \(2\.5 ft\/s\) \(faster of 2 walks over 3 m, timed by taps\).*0\.8 m\/s or slower.*At or under the cut-off$/),
      expect.stringMatching(/slower than 1\.0 m\/s, measured over 6 m.*At or under the cut-off$/),
    ]);
    expect(group('Timed Up and Go')).toEqual([
      expect.stringMatching(/^Timed Up and GoCould not do it \(timed by taps\).*At risk of falling \(12 seconds or more\).*Could not do the test$/),
      expect.stringMatching(/Low physical performance \(20 seconds or more\).*Could not do the test$/),
    ]);
    expect(group('4-Stage Balance Test')).toEqual([
      expect.stringMatching(/^4-Stage Balance TestSide by side 10 s, semi-tandem 10 s, tandem 6\.4 s, one leg not tried.*Higher risk of falling.*Tandem not held for 10 s$/),
    ]);
    const sources = await sectionNamed('Sources');
    expect(sources).toHaveTextContent('CDC STEADI, "Assessment: Timed Up & Go"');
    expect(sources).toHaveTextContent('CDC STEADI, "Assessment: The 4-Stage Balance Test"');
    expect(sources).toHaveTextContent('Chen LK et al., JAMDA 2020');
  });

  it('with no sex given, shows the cut-offs for women and men side by side and says for whom a result is low', async () => {
    const data = sampleData(addDays(todayLocal(), -1));
    await seed({ ...data, profile: [{ ...data.profile[0]!, sex: 'unspecified' }] });
    await openSummary();
    const results = await sectionNamed('Latest results against published cut-offs');
    const grip = within(within(results).getByRole('rowheader', { name: 'Grip strength' }).closest('tbody')!).getAllByRole('row');
    expect(grip[0]).toHaveTextContent(/EWGSOP2: low if under 16 kg \(women\) \/ 27 kg \(men\).*Low for men/);
    expect(results).toHaveTextContent('Sex not given: the cut-offs for women and for men are both shown.');
  });

  it('says what is missing rather than showing empty tables', async () => {
    await openSummary();
    expect(await screen.findByText('No chair-stand or five-times sit-to-stand results in the last 12 weeks.')).toBeInTheDocument();
    expect(screen.getByText('No measurement of both sides recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('prints with the browser (Save as PDF), leaving out the app header and navigation', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, view } = await openSummary();
    expect(document.documentElement).toHaveClass('print-summary');
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    view.unmount();
    expect(document.documentElement).not.toHaveClass('print-summary');
  });
});
