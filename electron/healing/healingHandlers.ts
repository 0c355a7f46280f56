import { healingLineText } from '../../shared/contract/healing';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { yearRange } from '../trainings/yearRange';
import { healingProgramFigures } from './healingFigures';
import { healingPhotoStore } from './healingPhotos';
import { healingRepository } from './healingRepository';

type HealingChannel =
  | 'healing.list'
  | 'healing.get'
  | 'healing.save'
  | 'healing.delete'
  | 'healing.addPhoto'
  | 'healing.captionPhoto'
  | 'healing.removePhoto'
  | 'healing.photo'
  | 'healing.yearLine'
  | 'healing.programsBetween';

export function healingHandlers({ db, dataDir, log }: CoreDeps): Handlers<HealingChannel> {
  const programs = healingRepository(db);
  const photos = healingPhotoStore(dataDir);

  /** A file left behind after its record is gone only costs disk space; log it rather than fail the user's delete. */
  const removeFiles = (fileNames: string[]) => {
    for (const f of fileNames) {
      try {
        photos.remove(f);
      } catch (error) {
        log.error('healing_photo_remove_failed', { error: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  return {
    'healing.list': ({ year }) => programs.listByYear(year),
    'healing.get': ({ id }) => programs.byId(id),
    'healing.save': (input, { actor }) => programs.byId(programs.save(input, actor?.id ?? null)),
    'healing.delete': ({ id }) => {
      removeFiles(programs.remove(id));
      return { id };
    },
    'healing.addPhoto': ({ programId, caption, contentBase64 }, { actor }) => {
      programs.requireProgram(programId);
      const file = photos.write(contentBase64);
      try {
        return programs.insertPhoto({ programId, caption, ...file }, actor?.id ?? null);
      } catch (error) {
        // The record failed, so the file must not stay as an orphan nobody can see.
        photos.remove(file.fileName);
        throw error;
      }
    },
    'healing.captionPhoto': ({ photoId, caption }) => programs.captionPhoto(photoId, caption),
    'healing.removePhoto': ({ photoId }) => {
      removeFiles([programs.removePhoto(photoId)]);
      return { id: photoId };
    },
    'healing.photo': ({ photoId }) => {
      const row = programs.photo(photoId);
      return { id: row.id, caption: row.caption, dataUrl: photos.dataUrl(row.file_name, row.mime_type) };
    },
    'healing.yearLine': ({ year, asOf }) => {
      const { range, label } = yearRange(year, asOf);
      const figures = healingProgramFigures(db, range);
      return { text: healingLineText(label, figures), programs: figures };
    },
    'healing.programsBetween': ({ from, to }) => programs.entriesBetween(from, to),
  };
}
