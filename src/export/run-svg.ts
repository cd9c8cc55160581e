/** SVG: the whole chart as a vector picture with every name as real text. */
import type { ExportRunner } from './formats.ts';
import { fileNameFor } from './geometry.ts';
import { download, drawPicture } from './run-export.ts';

export const exportSvg: ExportRunner = async (context, format) => {
  const now = new Date();
  const { svg } = await drawPicture(context, 1, now);
  const fileName = fileNameFor(format, context.view.organization.name, now);
  download(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  return { kind: 'downloaded', message: `Downloaded ${fileName}.` };
};
