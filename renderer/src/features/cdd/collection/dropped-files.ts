import { maxDroppedFileBytes, type DroppedFiles } from '../../../../../shared/api/cdd';
import { formatInteger } from '../../../../../shared/format/numbers';

/** A file's contents as base64 (what the contract carries: the screen never sends a path). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new Error(`« ${file.name} » n’a pas pu être lu : déposez des classeurs .xlsx, pas des dossiers ni des raccourcis.`));
    reader.readAsDataURL(file);
  });
}

/** The dropped files, read for the call; a file too large is refused here, before anything is sent. */
export async function droppedFilesOf(files: readonly File[]): Promise<DroppedFiles> {
  const tooLarge = files.find((file) => file.size > maxDroppedFileBytes);
  if (tooLarge) {
    throw new Error(`« ${tooLarge.name} » dépasse ${formatInteger(maxDroppedFileBytes / 1024 / 1024)} Mo : découpez-le par année, puis déposez les morceaux.`);
  }
  return { files: await Promise.all(files.map(async (file) => ({ name: file.name, base64: await base64Of(file) }))) };
}

/** A drag that carries files (not text or a link dragged from elsewhere on the page). */
export const carriesFiles = (event: { dataTransfer: DataTransfer | null }) => event.dataTransfer?.types.includes('Files') ?? false;
