import { maxDroppedFileBytes, maxDroppedTotalBytes, type DroppedFiles } from '../../../../../shared/api/cdd';
import { formatInteger } from '../../../../../shared/format/numbers';

/** A file's contents as raw bytes (what the contract carries: the screen never sends a path). */
async function bytesOf(file: File): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch {
    throw new Error(`«\u00a0${file.name}\u00a0» n’a pas pu être lu : déposez des classeurs .xlsx, pas des dossiers ni des raccourcis.`);
  }
}

const megabytes = (bytes: number) => `${formatInteger(bytes / 1024 / 1024)}\u00a0Mo`;

/** The dropped files, read for the call; a file, or a drop, too large is refused here, before anything is read or sent. */
export async function droppedFilesOf(files: readonly File[]): Promise<DroppedFiles> {
  const tooLarge = files.find((file) => file.size > maxDroppedFileBytes);
  if (tooLarge) {
    throw new Error(`«\u00a0${tooLarge.name}\u00a0» dépasse ${megabytes(maxDroppedFileBytes)} : découpez-le par année, puis déposez les morceaux.`);
  }
  if (files.reduce((sum, file) => sum + file.size, 0) > maxDroppedTotalBytes) {
    throw new Error(`Ces classeurs dépassent ${megabytes(maxDroppedTotalBytes)} à eux tous : déposez-les en plusieurs fois.`);
  }
  return { files: await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await bytesOf(file) }))) };
}

/** A drag that carries files (not text or a link dragged from elsewhere on the page). */
export const carriesFiles = (event: { dataTransfer: DataTransfer | null }) => event.dataTransfer?.types.includes('Files') ?? false;
