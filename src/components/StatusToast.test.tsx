// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrgStore, OrgStoreContext, type OrgStore } from '../store/org-store.ts';
import { office } from '../testing/factories.ts';
import { StatusToast, UPDATE_READY_TEXT } from './StatusToast.tsx';

const reloadToUpdate = vi.hoisted(() => vi.fn());
vi.mock('../platform/offline.ts', () => ({ reloadToUpdate }));

const organization = {
  name: 'Test Center',
  root: office('root', 'Test Center', [office('a', 'Office A')]),
  attribution: { title: 'Test' },
};

function renderToast(): OrgStore {
  const store = createOrgStore(organization);
  render(
    <OrgStoreContext value={store}>
      <StatusToast />
    </OrgStoreContext>,
  );
  return store;
}

beforeEach(() => reloadToUpdate.mockReset());
afterEach(cleanup);

describe('StatusToast: the update prompt', () => {
  it('offers a waiting version and reloads only when asked', () => {
    const store = renderToast();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();

    act(() => store.getState().setUpdateReady(true));
    expect(screen.getByRole('status').textContent).toBe(UPDATE_READY_TEXT);
    expect(reloadToUpdate).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloadToUpdate).toHaveBeenCalledOnce();
    // Pressed once, it says what is happening and does not ask the worker twice.
    const pressed = screen.getByRole('button', { name: 'Reloading…' });
    expect(pressed.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(pressed);
    expect(reloadToUpdate).toHaveBeenCalledOnce();
  });

  it('gives way to a message about what the user just did, then comes back', () => {
    const store = renderToast();
    act(() => store.getState().setUpdateReady(true));
    const exported = { kind: 'done', text: 'Exported chart.png', topic: 'export' } as const;
    act(() => store.getState().showToast(exported));
    expect(screen.getByRole('status').textContent).toBe('Exported chart.png');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss export message' }));
    expect(screen.getByRole('status').textContent).toBe(UPDATE_READY_TEXT);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('can be dismissed with its button or Escape, leaving the update for the next visit', () => {
    const store = renderToast();
    act(() => store.getState().setUpdateReady(true));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss update message' }));
    expect(store.getState().updateReady).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('');

    act(() => store.getState().setUpdateReady(true));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().updateReady).toBe(false);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    expect(reloadToUpdate).not.toHaveBeenCalled();
  });

  it('leaves Escape to a dialog that is open, so the dialog closes and the message stays', () => {
    const store = renderToast();
    const kept = {
      kind: 'done',
      text: 'small.json is kept in this browser',
      topic: 'open',
    } as const;
    act(() => store.getState().showToast(kept));
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    button.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(kept.text);
    dialog.remove();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
