import { healingLineText } from '../../shared/contract/healing';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { yearRange } from '../trainings/yearRange';
import { healingProgramFigures } from './healingFigures';
import { checkHealingPhoto } from './healingPhotos';
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

export function healingHandlers({ db }: CoreDeps): Handlers<HealingChannel> {
  const programs = healingRepository(db);

  return {
    'healing.list': ({ year }) => programs.listByYear(year),
    'healing.get': ({ id }) => programs.byId(id),
    'healing.save': (input, { actor }) => programs.byId(programs.save(input, actor?.id ?? null)),
    'healing.delete': ({ id }) => {
      programs.remove(id);
      return { id };
    },
    'healing.addPhoto': ({ programId, caption, contentBase64 }, { actor }) => {
      programs.requireProgram(programId);
      return programs.insertPhoto({ programId, caption, ...checkHealingPhoto(contentBase64) }, actor?.id ?? null);
    },
    'healing.captionPhoto': ({ photoId, caption }) => programs.captionPhoto(photoId, caption),
    'healing.removePhoto': ({ photoId }) => {
      programs.removePhoto(photoId);
      return { id: photoId };
    },
    'healing.photo': ({ photoId }) => {
      const row = programs.photo(photoId);
      const content = programs.photoContent(photoId);
      return { id: row.id, caption: row.caption, dataUrl: content ? `data:${row.mime_type};base64,${content.toString('base64')}` : null };
    },
    'healing.yearLine': ({ year, asOf }) => {
      const { range, label } = yearRange(year, asOf);
      const figures = healingProgramFigures(db, range);
      return { text: healingLineText(label, figures), programs: figures };
    },
    'healing.programsBetween': ({ from, to }) => programs.entriesBetween(from, to),
  };
}
