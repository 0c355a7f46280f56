import { deskToday } from '../../shared/korean/deskClock';
import { authorOf } from '../db/audit';
import type { Handlers } from '../ipc/handlerTypes';
import type { PledgeRepositories, PledgeStore } from './pledgeStore';

type RecordChannels =
  | 'pledge.certifications'
  | 'pledge.nextCertification'
  | 'pledge.saveCertification'
  | 'pledge.deleteCertification'
  | 'pledge.awards'
  | 'pledge.saveAward'
  | 'pledge.deleteAward'
  | 'pledge.communications'
  | 'pledge.saveCommunication'
  | 'pledge.deleteCommunication'
  | 'pledge.budget'
  | 'pledge.saveBudget'
  | 'pledge.references'
  | 'pledge.addPhoto'
  | 'pledge.citePress'
  | 'pledge.moveReference'
  | 'pledge.removeReference';

/** The card's own records: certification rounds, awards, communication activities, budget, references. */
export function pledgeRecordHandlers(store: PledgeStore): Handlers<RecordChannels> {
  const { cards, certifications, awards, communications, budget, references } = store;
  const deleted = { deleted: true } as const;
  // Checking the card first answers "공약 카드가 없습니다" instead of a foreign-key failure.
  const onCard = async <T>(cardId: number, read: () => Promise<T>): Promise<T> => {
    await cards.byId(cardId);
    return read();
  };
  /** A change on a card, the card checked in the same transaction. */
  const changeOnCard = <T>(cardId: number, change: (repos: PledgeRepositories) => Promise<T>): Promise<T> =>
    store.write(async (repos) => {
      await repos.cards.byId(cardId);
      return change(repos);
    });
  const removed = async (remove: (repos: PledgeRepositories) => Promise<void>) => {
    await store.write(remove);
    return deleted;
  };
  return {
    'pledge.certifications': ({ cardId }) => onCard(cardId, () => certifications.list(cardId)),
    'pledge.nextCertification': () => certifications.next(deskToday()),
    'pledge.saveCertification': (input, ctx) => changeOnCard(input.cardId, (r) => r.certifications.save(input, authorOf(ctx))),
    'pledge.deleteCertification': ({ id }) => removed((r) => r.certifications.delete(id)),
    'pledge.awards': ({ cardId }) => onCard(cardId, () => awards.list(cardId)),
    'pledge.saveAward': (input, ctx) => changeOnCard(input.cardId, (r) => r.awards.save(input, authorOf(ctx))),
    'pledge.deleteAward': ({ id }) => removed((r) => r.awards.delete(id)),
    'pledge.communications': ({ cardId }) => onCard(cardId, () => communications.list(cardId)),
    'pledge.saveCommunication': (input, ctx) => changeOnCard(input.cardId, (r) => r.communications.save(input, authorOf(ctx))),
    'pledge.deleteCommunication': ({ id }) => removed((r) => r.communications.delete(id)),
    'pledge.budget': async ({ cardId }) => budget.sheet(await cards.byId(cardId)),
    'pledge.saveBudget': ({ cardId, amounts }, ctx) => store.write(async (r) => r.budget.save(await r.cards.byId(cardId), amounts, authorOf(ctx))),
    'pledge.references': ({ cardId }) => onCard(cardId, () => references.list(cardId)),
    'pledge.addPhoto': ({ cardId, contentBase64, caption }, ctx) => changeOnCard(cardId, (r) => r.references.addPhoto(cardId, contentBase64, caption, authorOf(ctx))),
    'pledge.citePress': ({ cardId, communicationId }, ctx) => changeOnCard(cardId, (r) => r.references.citePress(cardId, communicationId, authorOf(ctx))),
    'pledge.moveReference': ({ id, direction }) => store.write((r) => r.references.move(id, direction)),
    'pledge.removeReference': ({ id }) => removed((r) => r.references.remove(id)),
  };
}
