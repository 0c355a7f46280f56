import { deskToday } from '../../shared/korean/deskClock';
import type { SectionInput } from '../../shared/contract/pledge';
import type { PerformanceSection } from '../../shared/pledge/section';
import type { CoreDeps } from '../coreDeps';
import { awardRepository } from './awardRepository';
import { budgetRepository } from './budgetRepository';
import { cardRepository } from './cardRepository';
import { certificationRepository } from './certificationRepository';
import { communicationRepository } from './communicationRepository';
import { performanceSection } from './performanceSection';
import type { PerformanceSources } from './performanceSources';
import { referenceRepository } from './referenceRepository';
import { readTransaction } from '../db/transactions';

/** Every pledge repository on one connection, and the section built from them and the areas. */
export function pledgeStore(deps: CoreDeps, sources: PerformanceSources) {
  const cards = cardRepository(deps.db);
  const certifications = certificationRepository(deps.db);
  const awards = awardRepository(deps.db);
  const communications = communicationRepository(deps.db);
  const budget = budgetRepository(deps.db);
  const references = referenceRepository(deps.db);

  const section = ({ cardId, from, to, asOf }: SectionInput): PerformanceSection => {
    const card = cards.byId(cardId);
    // One read transaction: the areas' figures and the card's records are counted from the same moment.
    return readTransaction(deps.db, () =>
      performanceSection(
        deps.db,
        sources,
        {
          cardId,
          termFrom: card.termFrom,
          termTo: card.termTo,
          rounds: certifications.list(cardId),
          awards: awards.list(cardId),
          communications: communications.list(cardId),
          budget: budget.amounts(cardId),
          notes: cards.notes(cardId),
          layout: cards.layout(cardId),
        },
        { from, to },
        asOf ?? deskToday(),
      ),
    )();
  };

  return { cards, certifications, awards, communications, budget, references, section };
}

export type PledgeStore = ReturnType<typeof pledgeStore>;
