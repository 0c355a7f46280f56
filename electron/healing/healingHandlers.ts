import { healingLineText } from '../../shared/contract/healing';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { yearRange } from '../trainings/yearRange';
import { areaSources } from '../pledge/areaSources';
import { checkHealingPhoto } from './healingPhotos';
import { asHealingRefusal } from './healingRefusals';
import { healingRepository, type HealingRepository } from './healingRepository';

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
  /** A change and the checks before it in one transaction; a trigger's refusal answered in Korean. */
  const change = <T,>(fn: (repo: HealingRepository) => Promise<T>) =>
    writeTransaction(db, (trx) => fn(healingRepository(trx))).catch((error: unknown) => {
      throw asHealingRefusal(error);
    });

  return {
    'healing.list': ({ year }) => programs.listByYear(year),
    'healing.get': ({ id }) => programs.byId(id),
    // The program and its named participants change together; what is shown back is what was saved.
    'healing.save': (input, ctx) => change(async (repo) => repo.byId(await repo.save(input, authorOf(ctx)))),
    'healing.delete': async ({ id }) => {
      await change((repo) => repo.remove(id));
      return { id };
    },
    'healing.addPhoto': ({ programId, caption, contentBase64 }, ctx) =>
      change(async (repo) => {
        await repo.requireProgram(programId);
        return repo.insertPhoto({ programId, caption, ...checkHealingPhoto(contentBase64) }, authorOf(ctx));
      }),
    'healing.captionPhoto': ({ photoId, caption }) => change((repo) => repo.captionPhoto(photoId, caption)),
    'healing.removePhoto': async ({ photoId }) => {
      await change((repo) => repo.removePhoto(photoId));
      return { id: photoId };
    },
    'healing.photo': async ({ photoId }) => {
      const row = await programs.photoWithContent(photoId);
      return { id: row.id, caption: row.caption, dataUrl: row.content ? `data:${row.mime_type};base64,${Buffer.from(row.content).toString('base64')}` : null };
    },
    'healing.yearLine': async ({ year, asOf }) => {
      const { range, label } = yearRange(year, asOf);
      // The figures the card counts, earlier totals (이전 집계) included, so the screen writes the card's line.
      const figures = (await areaSources.healingProgramFiguresByYear(db, range)).get(year) ?? [];
      return { text: healingLineText(label, figures), programs: figures };
    },
    'healing.programsBetween': ({ from, to }) => programs.entriesBetween(from, to),
  };
}
