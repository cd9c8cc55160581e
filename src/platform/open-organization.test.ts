import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Organization } from '../model/organization.ts';
import type { OpenProblems, OrganizationOrigin } from '../store/org-store.ts';
import { openOrganization, type OpenTarget } from './open-organization.ts';
import { forgetStoredFile, storeFile } from './stored-organization.ts';

// IndexedDB is the browser's; here the storage is a pair of spies.
vi.mock('./stored-organization.ts', () => ({
  storeFile: vi.fn(() => Promise.resolve(true)),
  forgetStoredFile: vi.fn(() => Promise.resolve()),
}));

/** Records what opening a file did to its target, in order. */
function recorder() {
  const calls: (
    | { loaded: Organization; origin: OrganizationOrigin }
    | { notices: readonly string[] }
    | { problems: OpenProblems | null }
  )[] = [];
  const target: OpenTarget = {
    loadOrganization: (loaded, origin) => calls.push({ loaded, origin }),
    addNotices: (notices) => calls.push({ notices }),
    setOpenProblems: (problems) => calls.push({ problems }),
  };
  return { calls, target };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const council = JSON.stringify({ name: 'Council', children: [{ name: 'Roads Office' }] });
/** Source-page text whose second paragraph of duties for one office is a warning, not an error. */
const withWarnings = (count: number) =>
  `Site\n\nInternal organizations of Port\n\n${Array.from(
    { length: count },
    (_, i) => `Office ${i}\n\n1. Work.\n\n2. More work.`,
  ).join('\n\n')}\n`;

beforeEach(() => {
  vi.mocked(storeFile).mockClear().mockResolvedValue(true);
  vi.mocked(forgetStoredFile).mockClear();
});

describe('opening a picked or dropped file', () => {
  it('loads a valid file, remembers it and has nothing more to say', async () => {
    const { calls, target } = recorder();
    expect(await openOrganization({ picked: new File([council], 'council.json') }, target)).toBe(
      true,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      loaded: { name: 'Council' },
      origin: { kind: 'file', fileName: 'council.json' },
    });
    expect(storeFile).toHaveBeenCalledWith({ fileName: 'council.json', bytes: bytes(council) });
  });

  it('lists the first five warnings of a file that loads with some, naming the file', async () => {
    const { calls, target } = recorder();
    await openOrganization({ picked: new File([withWarnings(7)], 'port.txt') }, target);
    expect(calls[0]).toMatchObject({ loaded: { name: 'Port' } });
    const notices = (calls[1] as { notices: string[] }).notices;
    expect(notices).toHaveLength(5);
    expect(notices[0]).toMatch(/^port\.txt, line 9: A second paragraph of duties for "Office 0"/);
  });

  it('says so when the browser would not keep the file', async () => {
    vi.mocked(storeFile).mockResolvedValue(false);
    const { calls, target } = recorder();
    await openOrganization({ picked: new File([council], 'council.json') }, target);
    expect(calls[1]).toEqual({
      notices: [
        'council.json is open, but this browser would not store it, so a reload will bring back the default organisation.',
      ],
    });
  });

  it('changes nothing for a file with problems, and lists them', async () => {
    const { calls, target } = recorder();
    const file = new File(['{"name": "X", "children": [{"name": ""}]}'], 'bad.json');
    expect(await openOrganization({ picked: file }, target)).toBe(false);
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'bad.json',
          problems: [{ where: 'children[0].name', message: 'Name is empty.' }],
        },
      },
    ]);
    expect(storeFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = new File([], 'huge.json');
    Object.defineProperty(file, 'size', { value: 6 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    const { calls, target } = recorder();
    expect(await openOrganization({ picked: file }, target)).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'huge.json',
          problems: [{ where: 'file', message: expect.stringMatching(/^The file is 6 MB/) }],
        },
      },
    ]);
  });

  it('lists a file the browser cannot read as a problem of that file', async () => {
    const file = new File([council], 'gone.json');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new Error('The file was moved.'));
    const { calls, target } = recorder();
    expect(await openOrganization({ picked: file }, target)).toBe(false);
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'gone.json',
          problems: [{ where: 'file', message: 'The file was moved.' }],
        },
      },
    ]);
  });
});

describe('restoring the remembered file at start-up', () => {
  it('loads it without storing it again or repeating its warnings', async () => {
    const { calls, target } = recorder();
    const stored = { fileName: 'port.txt', bytes: bytes(withWarnings(2)) };
    expect(await openOrganization({ stored }, target)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ origin: { kind: 'file', fileName: 'port.txt' } });
    expect(storeFile).not.toHaveBeenCalled();
  });

  it('forgets a file that no longer reads, and says the default is shown', async () => {
    const { calls, target } = recorder();
    const stored = { fileName: 'old.json', bytes: bytes('{"name": ') };
    expect(await openOrganization({ stored }, target)).toBe(false);
    expect(forgetStoredFile).toHaveBeenCalledOnce();
    expect(calls).toEqual([
      {
        notices: [
          'The organisation opened before (old.json) could not be read again, so the default is shown.',
        ],
      },
    ]);
  });
});
