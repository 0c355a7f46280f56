import { deskToday } from '../../shared/korean/deskClock';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { type PledgeStore } from './pledgeStore';

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
export function pledgeRecordHandlers(_deps: CoreDeps, store: PledgeStore): Handlers<RecordChannels> {
  const { cards, certifications, awards, communications, budget, references } = store;
  const deleted = { deleted: true } as const;
  // Checking the card first answers "공약 카드가 없습니다" instead of a foreign-key failure.
  const card = (cardId: number) => cards.byId(cardId);
  const onCard = <T>(cardId: number, read: () => T): T => {
    card(cardId);
    return read();
  };
  const removed = (remove: () => void) => {
    remove();
    return deleted;
  };
  return {
    'pledge.certifications': ({ cardId }) => onCard(cardId, () => certifications.list(cardId)),
    'pledge.nextCertification': () => certifications.next(deskToday()),
    'pledge.saveCertification': (input, { actor }) => onCard(input.cardId, () => certifications.save(input, actor?.id ?? null)),
    'pledge.deleteCertification': ({ id }) => removed(() => certifications.delete(id)),
    'pledge.awards': ({ cardId }) => onCard(cardId, () => awards.list(cardId)),
    'pledge.saveAward': (input, { actor }) => onCard(input.cardId, () => awards.save(input, actor?.id ?? null)),
    'pledge.deleteAward': ({ id }) => removed(() => awards.delete(id)),
    'pledge.communications': ({ cardId }) => onCard(cardId, () => communications.list(cardId)),
    'pledge.saveCommunication': (input, { actor }) => onCard(input.cardId, () => communications.save(input, actor?.id ?? null)),
    'pledge.deleteCommunication': ({ id }) => removed(() => communications.delete(id)),
    'pledge.budget': ({ cardId }) => budget.sheet(card(cardId)),
    'pledge.saveBudget': ({ cardId, amounts }, { actor }) => budget.save(card(cardId), amounts, actor?.id ?? null),
    'pledge.references': ({ cardId }) => onCard(cardId, () => references.list(cardId)),
    'pledge.addPhoto': ({ cardId, contentBase64, caption }, { actor }) => onCard(cardId, () => references.addPhoto(cardId, contentBase64, caption, actor?.id ?? null)),
    'pledge.citePress': ({ cardId, communicationId }, { actor }) => onCard(cardId, () => references.citePress(cardId, communicationId, actor?.id ?? null)),
    'pledge.moveReference': ({ id, direction }) => references.move(id, direction),
    'pledge.removeReference': ({ id }) => removed(() => references.remove(id)),
  };
}
