import { deskToday } from '../../shared/korean/deskClock';
import type { SectionInput } from '../../shared/contract/pledge';
import type { PerformanceSection } from '../../shared/pledge/section';
import type { Db } from '../db/schema';
import { readTransaction, writeTransaction } from '../db/writeTransaction';
import { communicationTotalsOf } from '../imports/earlierTotalFigures';
import { awardRepository } from './awardRepository';
import { budgetRepository } from './budgetRepository';
import { cardRepository } from './cardRepository';
import { certificationRepository } from './certificationRepository';
import { communicationRepository } from './communicationRepository';
import { performanceSection } from './performanceSection';
import type { PerformanceSources } from './performanceSources';
import { referenceRepository } from './referenceRepository';

/** Every pledge repository over one connection or transaction. */
export const pledgeRepositories = (db: Db) => ({
  cards: cardRepository(db),
  certifications: certificationRepository(db),
  awards: awardRepository(db),
  communications: communicationRepository(db),
  budget: budgetRepository(db),
  references: referenceRepository(db),
});

export type PledgeRepositories = ReturnType<typeof pledgeRepositories>;

/** The pledge repositories on the records, a change made in one write transaction, and the section built from them and the areas. */
export function pledgeStore(db: Db, sources: PerformanceSources) {
  const section = ({ cardId, from, to, asOf }: SectionInput): Promise<PerformanceSection> =>
    // One read transaction: the areas' figures and the card's records are counted from the same moment.
    readTransaction(db, async (trx) => {
      const { cards, certifications, awards, communications, budget } = pledgeRepositories(trx);
      const card = await cards.byId(cardId);
      return performanceSection(
        trx,
        sources,
        {
          cardId,
          termFrom: card.termFrom,
          termTo: card.termTo,
          rounds: await certifications.list(cardId),
          awards: await awards.list(cardId),
          // The 구민소통 earlier totals (이전 집계) count as that many activities of their column.
          communications: [...(await communications.countedIn(cardId, { from, to })), ...(await communicationTotalsOf(trx, cardId, { from, to }))],
          budget: await budget.amounts(cardId),
          notes: await cards.notes(cardId),
          layout: await cards.layout(cardId),
        },
        { from, to },
        asOf ?? deskToday(),
      );
    });

  /**
   * A change, all of it in one write transaction made of the repositories on it. On PostgreSQL the
   * transaction may run again after losing a race with another desk, so `change` only touches the database.
   */
  const write = <T>(change: (repos: PledgeRepositories) => Promise<T>): Promise<T> => writeTransaction(db, (trx) => change(pledgeRepositories(trx)));

  return { ...pledgeRepositories(db), section, write };
}

export type PledgeStore = ReturnType<typeof pledgeStore>;
