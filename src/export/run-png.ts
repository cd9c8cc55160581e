/** PNG: the SVG picture drawn onto a canvas at the chosen pixel ratio (reduced, with a notice, if too big). */
import type { ExportRunner } from './formats.ts';
import { exportNotice, fileNameFor } from './geometry.ts';
import { download, drawPicture, numberFormat } from './run-export.ts';

export const exportPng: ExportRunner = async (context, format) => {
  const now = new Date();
  const { svg, plan } = await drawPicture(context, context.pixelRatio, now);
  const image = await loadImage(new Blob([svg], { type: 'image/svg+xml' }));
  const canvas = document.createElement('canvas');
  canvas.width = plan.canvasWidth;
  canvas.height = plan.canvasHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image (no canvas available).');
  ctx.scale(plan.canvasWidth / plan.width, plan.canvasHeight / plan.height);
  ctx.drawImage(image, 0, 0, plan.width, plan.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  const size = `${numberFormat.format(plan.canvasWidth)} × ${numberFormat.format(plan.canvasHeight)}`;
  if (!blob) {
    throw new Error(`the browser could not create a ${size} pixel image. Try a lower resolution.`);
  }
  const fileName = fileNameFor(format, context.view.organization.name, now);
  download(blob, fileName);
  const message = [`Downloaded ${fileName} (${size} pixels).`, exportNotice(plan)]
    .filter(Boolean)
    .join(' ');
  return { kind: 'downloaded', message };
};

async function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new Error('the chart picture could not be drawn.');
  } finally {
    URL.revokeObjectURL(url);
  }
}
