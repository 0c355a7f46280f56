import { deskToday } from '../../shared/korean/deskClock';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import type { HandlerContext, Handlers } from '../ipc/handlerTypes';
import { earlierTotalRepository } from './earlierTotals';
import { importRepository } from './importRepository';
import { importService } from './importService';
import { lastFileRead } from './lastFileRead';
import { importTemplate } from './templates';

type ImportChannel =
  | 'imports.read'
  | 'imports.save'
  | 'imports.template'
  | 'imports.batches'
  | 'imports.sourcesOf'
  | 'earlierTotals.list'
  | 'earlierTotals.save'
  | 'earlierTotals.delete';

/** The import wizard's channels, and 이전 집계's. */
export function importHandlers({ db, settings }: CoreDeps): Handlers<ImportChannel> {
  // The wizard reads a file for its preview, then saves it: the desk's one file is read from its bytes once.
  const files = lastFileRead();
  const service = async (ctx: HandlerContext) => {
    const office = await settings.current();
    return importService(db, (cardId) => ({ today: deskToday(), cardId, author: authorOf(ctx), settings: office }), files);
  };
  return {
    'imports.read': async (input, ctx) => (await service(ctx)).read({ ...input, skipProblems: false }),
    'imports.save': async (input, ctx) => (await service(ctx)).save(input),
    'imports.template': ({ area }) => importTemplate(area),
    'imports.batches': () => importRepository(db).batches(),
    'imports.sourcesOf': ({ recordTable, ids }) => importRepository(db).sourcesOf(recordTable, ids),
    'earlierTotals.list': ({ area }) => earlierTotalRepository(db).list(area),
    'earlierTotals.save': (input, ctx) => earlierTotalRepository(db).save(input, authorOf(ctx)),
    'earlierTotals.delete': ({ id }) => earlierTotalRepository(db).remove(id),
  };
}
