import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REPEAT_TAP_MS, useSaveGuard } from '../../src/ui/use-save-guard';

/** A clock the test moves by hand. */
function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('useSaveGuard: one save per tap, whatever the fingers do', () => {
  it('ignores a second tap while the first save is still writing', async () => {
    const { result } = renderHook(() => useSaveGuard());
    let saves = 0;
    let finish!: () => void;
    const slowSave = () =>
      new Promise<boolean>((resolve) => {
        saves += 1;
        finish = () => resolve(true);
      });
    let first!: Promise<void>;
    act(() => {
      first = result.current.run(slowSave);
    });
    expect(result.current.saving).toBe(true);
    await act(() => result.current.run(slowSave));
    await act(async () => {
      finish();
      await first;
    });
    expect(saves).toBe(1);
    expect(result.current.saving).toBe(false);
  });

  it('ignores a repeat tap on the untouched form just after a save, but not once something was changed', async () => {
    const time = clock();
    const { result } = renderHook(() => useSaveGuard(time.now));
    let saves = 0;
    const save = async () => {
      saves += 1;
      return true;
    };
    await act(() => result.current.run(save));
    time.advance(300);
    await act(() => result.current.run(save));
    expect(saves).toBe(1);

    act(() => result.current.edited());
    await act(() => result.current.run(save));
    expect(saves).toBe(2);

    time.advance(REPEAT_TAP_MS + 1);
    await act(() => result.current.run(save));
    expect(saves).toBe(3);
  });

  it('lets the next tap through at once after a tap that saved nothing (a problem in the form)', async () => {
    const time = clock();
    const { result } = renderHook(() => useSaveGuard(time.now));
    let tries = 0;
    await act(() => result.current.run(async () => (tries++, false)));
    await act(() => result.current.run(async () => (tries++, true)));
    expect(tries).toBe(2);
  });

  it('is ready again after a save that threw', async () => {
    const { result } = renderHook(() => useSaveGuard());
    await act(() => result.current.run(() => Promise.reject(new Error('disk full'))).catch(() => undefined));
    let saved = false;
    await act(() => result.current.run(async () => void (saved = true)));
    expect(saved).toBe(true);
  });
});
