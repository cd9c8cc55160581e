// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';

function Broken({ fail }: { fail: { current: boolean } }) {
  if (fail.current) throw new Error('duty list exploded');
  return <p>Duties are back</p>;
}

afterEach(cleanup);

describe('PanelErrorBoundary', () => {
  it('shows what went wrong with a way back instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onClose = vi.fn();
    const fail = { current: true };
    render(
      <main>
        <p>The chart</p>
        <PanelErrorBoundary onClose={onClose}>
          <Broken fail={fail} />
        </PanelErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'This panel could not be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('duty list exploded');
    expect(screen.getByText('The chart')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Close the panel' }));
    expect(onClose).toHaveBeenCalledOnce();

    fail.current = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Duties are back')).toBeTruthy();
  });
});
