import type { ExportContext, ExportFormat } from '../export/formats.ts';
import type { OrgStore } from '../store/org-store.ts';

const TOPIC = 'export';

/**
 * Runs one row of the export-format table and says how it went in the status toast: the one way
 * every export button (the Export menu's items, the functions table's CSV button) exports.
 */
export function runExportFormat(store: OrgStore, context: ExportContext, format: ExportFormat) {
  const { showToast } = store.getState();
  showToast({ kind: 'busy', text: `Preparing ${format.noun}…`, topic: TOPIC });
  format
    .load()
    .then((runner) => runner(context, format))
    .then(
      (outcome) => {
        if (outcome.kind === 'print') {
          store.getState().startPrint({ startedAt: new Date().toISOString(), source: 'menu' });
        }
        showToast({ kind: 'done', text: outcome.message, topic: TOPIC });
      },
      (error: unknown) =>
        showToast({
          kind: 'error',
          text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
          topic: TOPIC,
        }),
    );
}
