import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MotionRecordingSection } from '../../../src/features/data/motion-recording-section';
import { recordingMotion } from '../../../src/ui/motion-recording-setting';
import { describeStandQuality } from '../../../src/features/tests/stand-quality-view';

beforeEach(() => localStorage.clear());

describe('movement recordings (Settings → Your data)', () => {
  it('are off until the person turns them on, and the test screens read the same choice', () => {
    render(<MotionRecordingSection />);
    expect(screen.getByText('Off.')).toBeInTheDocument();
    expect(recordingMotion()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on movement recordings' }));
    expect(recordingMotion()).toBe(true);
    expect(screen.getByText(/On: after each test with the phone on your chest/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off movement recordings' }));
    expect(recordingMotion()).toBe(false);
  });
});

describe('how the stands went, in plain words', () => {
  it('gives the average time per stand, and says when the last stands were slower than the first', () => {
    const slowing = describeStandQuality([2, 4, 6, 8, 10.5, 13, 16, 19], [1, 1, 1.1, 1, 1.2, 1.4, 1.5, 1.6]);
    expect(slowing?.pace).toBe('On average, each stand took 2.4 seconds, from one stand to the next.');
    expect(slowing?.tiring).toBe('Your last stands were slower than your first: your legs tired as the test went on.');
    expect(slowing?.steadiness).toMatch(/^Standing up took about 1.2 seconds each time, and your rises were fairly steady\.$/);
  });

  it('says the pace was kept and the rises steady when they were, and says nothing from a single stand', () => {
    const even = describeStandQuality([2.5, 5, 7.5, 10, 12.5, 15, 17.5], [1.2, 1.2, 1.25, 1.2, 1.15, 1.2, 1.2]);
    expect(even?.tiring).toMatch(/^You kept your pace to the end/);
    expect(even?.steadiness).toMatch(/your rises were steady\.$/);
    expect(describeStandQuality([3], [1])).toBeNull();
    // Too few stands to compare the first with the last.
    expect(describeStandQuality([2, 4, 6], [1, 1, 1])?.tiring).toBeNull();
  });

  it('says when some rises took much longer than others', () => {
    expect(describeStandQuality([2, 5, 8, 11], [0.8, 2.4, 0.9, 2.2])?.steadiness).toMatch(/some rises took much longer than others/);
  });
});
