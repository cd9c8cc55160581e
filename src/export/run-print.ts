/**
 * Print: the print view draws the chart and the handbook from the app's state when printing
 * begins, so all this runner has to do is wait for the fonts the chart is measured in, then say
 * that the print dialog opens. The view opens the dialog itself.
 */
import type { ExportRunner } from './formats.ts';

export const printHandbook: ExportRunner = async () => {
  await document.fonts.ready;
  return {
    kind: 'print',
    message: 'Opened the print dialog: choose “Save as PDF” as the printer to get a PDF.',
  };
};
