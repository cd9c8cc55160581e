import type { OpeningProgress } from '../store/org-store.ts';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

/** What opening is doing, in words: "Reading 12.5 of 43 MB", "Checking the units"… */
export function openingPhaseText(opening: OpeningProgress): string {
  switch (opening.phase) {
    case 'reading':
      return opening.bytesRead !== undefined && opening.totalBytes !== undefined
        ? `Reading ${megabytes(opening.bytesRead)} of ${megabytes(opening.totalBytes)} MB`
        : 'Reading the copy kept in this browser';
    case 'checking':
      return 'Checking the units and duties';
    case 'indexing':
      return 'Indexing the duties for the filter';
    case 'drawing':
      return 'Drawing the chart';
  }
}

/** How far opening has got, as a whole percentage (never 100 until it is done). */
export const openingPercent = (opening: OpeningProgress) =>
  Math.min(99, Math.floor(opening.fraction * 100));
