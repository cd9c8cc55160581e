// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOrgStore, OrgStoreContext } from '../store/org-store.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import { QuestionPanel } from './QuestionPanel.tsx';

afterEach(cleanup);

/** The first answer loads the search engine's chunk and builds the index: give it time. */
const LOADING = { timeout: 5_000 };

function renderPanel(question = '') {
  const store = createOrgStore(shanghaiCenter(), { asking: true, question });
  render(
    <OrgStoreContext value={store}>
      <QuestionPanel />
    </OrgStoreContext>,
  );
  return store;
}

describe('QuestionPanel', () => {
  it('asks on submit and lists the units that answer, words marked, best first', async () => {
    const store = renderPanel();
    const input = screen.getByRole('searchbox', { name: 'Your question' });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'Who recovers bad debts?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(store.getState().question).toBe('Who recovers bad debts?');
    const list = await screen.findByRole(
      'list',
      { name: 'Answers to “Who recovers bad debts?”' },
      LOADING,
    );
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe(
      'Project Management Office',
    );
    expect(first.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toContain('Project Management Office');
  });

  it('shows a unit on the chart, closing the box on a phone', async () => {
    const matchMedia = vi.fn(() => ({ matches: true }) as MediaQueryList);
    vi.stubGlobal('matchMedia', matchMedia);
    const store = renderPanel('Who approves large loans?');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show on chart: Loan Management Office' }, LOADING),
    );
    expect(store.getState()).toMatchObject({
      selectedId: 'loan-management-office',
      asking: false,
    });
    vi.unstubAllGlobals();
  });

  it('says when nothing answers and offers close words and function chips', async () => {
    const store = renderPanel('lonz');
    expect(await screen.findByText('Nothing answers “lonz”.', {}, LOADING)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'loan' }));
    expect(store.getState().question).toBe('loan');
    renderPanel('Who handles quantum chromodynamics?');
    const chip = await screen.findByRole('button', { name: 'Risk' }, LOADING);
    expect(chip.getAttribute('aria-pressed')).toBe('false');
  });

  it('clears a typed question on Escape, then closes', () => {
    const store = renderPanel();
    const input = screen.getByRole('searchbox', { name: 'Your question' });
    fireEvent.change(input, { target: { value: 'loans' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(store.getState().asking).toBe(false);
  });
});
