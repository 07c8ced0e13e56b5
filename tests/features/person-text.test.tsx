import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../src/db/entries-repository';
import { db } from '../../src/db/database';
import { saveTriageRun } from '../../src/db/triage-runs-repository';
import { PersonText, withoutDirectionControls } from '../../src/ui/person-text';
import { resetDatabase } from '../db/reset-database';
import { daysAgo, renderApp, today } from './render-app';

// Text from a person or a file is shown isolated (<bdi>) and without the
// direction controls that could disguise it: a note "ok\u202Egnp.exe" must
// not show as "okexe.png". What is stored stays exactly as written.

vi.setConfig({ testTimeout: 20_000 });

const RLO = '\u202E';
const DISGUISED = `ok${RLO}gnp.exe`;
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

beforeEach(resetDatabase);

describe('PersonText', () => {
  it('renders the text in a <bdi>, without embeddings, overrides or isolates', () => {
    const { container } = render(<PersonText text={`a\u202Ab\u202Bc\u202Cd\u202De${RLO}f\u2066g\u2067h\u2068i\u2069j`} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe('abcdefghij');
  });

  it('keeps marks and right-to-left letters, which cannot disguise a note', () => {
    expect(withoutDirectionControls('שלום\u200F, hello\u200E ok\u061C')).toBe('שלום\u200F, hello\u200E ok\u061C');
  });
});

describe('every screen that shows a note or a saved text isolates it', () => {
  it('Today: a note with U+202E shows inside <bdi>, without the control, and is stored as written', async () => {
    const saved = await addEntry({ kind: 'steps', day: today(), steps: 4000, note: DISGUISED });
    renderApp('/');
    const note = await screen.findByText('okgnp.exe');
    expect(note.tagName).toBe('BDI');
    expect(note.closest('.today-entries')).not.toBeNull();
    expect(document.body.textContent).not.toMatch(CONTROLS);
    expect((await db.entries.get(saved.id))?.note).toBe(DISGUISED);
  });

  it('History: the same', async () => {
    await addEntry({ kind: 'weight', day: daysAgo(3), kg: 70, note: DISGUISED });
    renderApp('/history');
    const note = await screen.findByText('okgnp.exe');
    expect(note.tagName).toBe('BDI');
    expect(note.closest('.entry-note')).not.toBeNull();
    expect(document.body.textContent).not.toMatch(CONTROLS);
  });

  it('a past red-flag check: the advice and findings it saved (perhaps from a backup file)', async () => {
    const run = await saveTriageRun({
      id: crypto.randomUUID(),
      at: new Date(Date.now() - 60_000).toISOString(),
      level: 'soon',
      answers: { 'slow-unexplained-loss': 'yes' },
      outcome: { title: `See a doctor${RLO} soon`, action: `Book${RLO} an appointment` },
      findings: [{ id: 'sarc-f', detail: `SARC-F${RLO} 6` }],
    });
    renderApp(`/symptoms/history/${run.id}`);
    const title = await screen.findByText('See a doctor soon');
    expect(title.tagName).toBe('BDI');
    expect(screen.getByText('Book an appointment').tagName).toBe('BDI');
    expect(screen.getByText('SARC-F 6').tagName).toBe('BDI');
    expect(document.body.textContent).not.toMatch(CONTROLS);
  });
});
