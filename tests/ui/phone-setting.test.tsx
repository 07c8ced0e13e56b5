import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneSetting } from '../../src/ui/phone-setting';

const size = () => phoneSetting('regain-test-size', (stored) => (stored === 'large' ? 'large' : 'normal'), String);

function Shown({ setting }: { setting: ReturnType<typeof size> }) {
  return <p>{setting.use()}</p>;
}

describe('a choice kept on this phone', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('starts from its default, is kept in storage, and screens showing it follow a change', () => {
    const setting = size();
    render(<Shown setting={setting} />);
    expect(screen.getByText('normal')).toBeInTheDocument();
    act(() => setting.set('large'));
    expect(screen.getByText('large')).toBeInTheDocument();
    expect(localStorage.getItem('regain-test-size')).toBe('large');
    expect(size().get()).toBe('large');
  });

  it('lasts until the page closes where storage is refused (a private window)', () => {
    const setting = size();
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('refused', 'QuotaExceededError');
      },
    };
    vi.stubGlobal('localStorage', refusing);
    render(<Shown setting={setting} />);
    act(() => setting.set('large'));
    expect(screen.getByText('large')).toBeInTheDocument();
    expect(setting.get()).toBe('large');
    // Storage works again: the next choice is stored and shown, not the one kept in memory.
    vi.unstubAllGlobals();
    act(() => setting.set('normal'));
    expect(screen.getByText('normal')).toBeInTheDocument();
    expect(localStorage.getItem('regain-test-size')).toBe('normal');
  });
});
