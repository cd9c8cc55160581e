/**
 * What the app opens with: the organisation this tab showed before a reload (or, in a new tab,
 * the one opened last), reopened from this browser's storage, else the default. Storage that does
 * not answer within {@link STORAGE_PATIENCE} is given up on, with a notice, so start-up never
 * hangs on it.
 */
import type { Organization } from '../model/organization.ts';
import type { OpeningProgress, OrganizationOrigin } from '../store/org-store.ts';
import { loadDefaultOrganization } from './load-default.ts';
import { DEFAULT_SHOWN, rememberShown, shownAtStart } from './shown-organization.ts';

/** How long start-up waits for storage before opening the default instead. */
export const STORAGE_PATIENCE = 2_000;

export interface Start {
  organization: Organization;
  origin: OrganizationOrigin;
  notices: string[];
  /** A kept organisation not shown because the app failed while showing it last time. */
  skippedStoredFile?: string | null;
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');

/** The organisation to start with, and what the user should be told about it. */
export async function initialOrganization(
  onProgress: (opening: OpeningProgress | null) => void = () => {},
): Promise<Start> {
  const notices: string[] = [];
  const shown = shownAtStart();
  if (shown !== null && shown !== DEFAULT_SHOWN) {
    try {
      // Loaded only for a kept organisation, so a first visit does not pay for it.
      const [{ openKept }, guard] = await Promise.all([
        import('./open-organization.ts'),
        import('./start-guard.ts'),
      ]);
      const kept = await openKept(shown, STORAGE_PATIENCE, onProgress);
      const fileName = kept?.origin.kind === 'file' ? kept.origin.fileName : null;
      // The app failed while showing it last time: the default, with an offer to try again.
      if (fileName !== null && guard.storedFileThatFailed() === fileName) {
        guard.markShowing(null);
        return {
          organization: await loadDefaultOrganization(),
          origin: { kind: 'default' },
          notices,
          skippedStoredFile: fileName,
        };
      }
      if (kept) return { ...kept, notices };
      notices.push(
        'The organisation shown here before is no longer kept in this browser (it was removed from Recent in Open organisation…), so the default is shown.',
      );
    } catch (error) {
      notices.push(
        `The organisation kept in this browser could not be opened (${reason(error)}), so the default is shown; Open organisation… still lists it under Recent.`,
      );
    }
    rememberShown(DEFAULT_SHOWN);
  } else if (shown === null) {
    // Asked once per browser, beside fetching the default, so a first visit does not wait on it.
    const [moved, organization] = await Promise.all([
      fromOlderVersion(onProgress),
      loadDefaultOrganization(),
    ]);
    if (moved) return moved;
    rememberShown(DEFAULT_SHOWN);
    return { organization, origin: { kind: 'default' }, notices };
  }
  return { organization: await loadDefaultOrganization(), origin: { kind: 'default' }, notices };
}

/** The file an older version of the app kept, moved to the new form; null when there is none. */
async function fromOlderVersion(
  onProgress: (opening: OpeningProgress | null) => void,
): Promise<Start | null> {
  try {
    const { openFromOlderVersion } = await import('./open-organization.ts');
    let start: Start | null = null;
    const notices: string[] = [];
    await openFromOlderVersion(STORAGE_PATIENCE, {
      loadOrganization: (organization, origin) => {
        start = { organization, origin, notices };
      },
      addNotices: (more) => notices.push(...more),
      setOpenProblems: () => {},
      setOpening: onProgress,
    });
    return start;
  } catch {
    return null;
  }
}
