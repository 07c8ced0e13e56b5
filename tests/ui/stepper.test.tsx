import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Stepper } from '../../src/ui/stepper';

function Harness({ start = '0', error }: { start?: string; error?: string }) {
  const [value, setValue] = useState(start);
  return (
    <Stepper
      id="reps"
      label="Reps to log"
      hint="Tap + for each rep."
      value={value}
      onChange={setValue}
      min={0}
      max={5}
      error={error}
    />
  );
}

const box = () => screen.getByRole('spinbutton', { name: 'Reps to log' });
const plus = () => screen.getByRole('button', { name: 'Plus one' });
const minus = () => screen.getByRole('button', { name: 'Minus one' });

describe('Stepper', () => {
  it('names the box and both buttons, and groups them under the label', () => {
    render(<Harness />);
    expect(box()).toHaveAttribute('inputmode', 'numeric');
    expect(box()).toHaveAccessibleDescription('Tap + for each rep.');
    expect(screen.getByRole('group', { name: 'Reps to log' })).toContainElement(plus());
    expect(screen.getByRole('group', { name: 'Reps to log' })).toContainElement(minus());
  });

  it('never keeps a zero in front of a typed number: 0 then 4 reads 4, not 04', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    // A caret left after the 0 (jsdom does not select on focus the way a phone does).
    await user.type(box(), '4', { initialSelectionStart: 1, initialSelectionEnd: 1 });
    expect(box()).toHaveValue(4);
    expect((box() as HTMLInputElement).value).toBe('4');
  });

  it('counts up with + and down with −, and reads the new value out', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(plus());
    await user.click(plus());
    await user.click(plus());
    expect(box()).toHaveValue(3);
    await user.click(minus());
    expect(box()).toHaveValue(2);
    expect(screen.getByText('2', { selector: '[aria-live="polite"]' })).toBeInTheDocument();
  });

  it('stops at the lowest and highest allowed numbers and says so to assistive technology', async () => {
    const user = userEvent.setup();
    render(<Harness start="1" />);
    await user.click(minus());
    await user.click(minus());
    expect(box()).toHaveValue(0);
    expect(minus()).toHaveAttribute('aria-disabled', 'true');
    for (let i = 0; i < 8; i += 1) await user.click(plus());
    expect(box()).toHaveValue(5);
    expect(plus()).toHaveAttribute('aria-disabled', 'true');
    expect(minus()).toHaveAttribute('aria-disabled', 'false');
  });

  it('can be typed in, and + carries on from the typed number', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.clear(box());
    await user.type(box(), '3');
    expect(box()).toHaveValue(3);
    await user.click(plus());
    expect(box()).toHaveValue(4);
  });

  it('starts an empty box from the lowest number', async () => {
    const user = userEvent.setup();
    render(<Harness start="" />);
    await user.click(plus());
    expect(box()).toHaveValue(1);
  });

  it('shows an error beside the box and ties it to the box', () => {
    render(<Harness start="9" error="Enter a number of sit-to-stands between 0 and 500." />);
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('Tap + for each rep. Enter a number of sit-to-stands between 0 and 500.');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number of sit-to-stands between 0 and 500.');
  });
});
