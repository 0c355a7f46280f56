import type { DateRange } from '../../shared/figures';
import { period as periodText } from '../../shared/korean/reportFormat';
import { budgetTable, termYears } from '../../shared/pledge/budgetTable';
import { arrangeLines, withNotes } from '../../shared/pledge/layout';
import type { Award, BudgetAmount, CertificationRound, CommunicationActivity, LayoutEntry, NoteLine } from '../../shared/pledge/records';
import type { PerformanceSection } from '../../shared/pledge/section';
import { sectionText } from '../../shared/pledge/sectionText';
import type { Db } from '../db/schema';
import { collectFigures } from './collectFigures';
import { frontDeskLines, type DraftLine } from './frontDeskLines';
import type { PerformanceSources } from './performanceSources';
import { awardLines, certificationLines, communicationTable } from './recordLines';
import { countedUntil } from './reportYears';

/** The card's own records the section reads, as the repositories return them. */
export interface CardRecords {
  cardId: number;
  termFrom: string;
  termTo: string;
  rounds: CertificationRound[];
  awards: Award[];
  communications: Pick<CommunicationActivity, 'date' | 'category'>[];
  budget: BudgetAmount[];
  notes: NoteLine[];
  layout: LayoutEntry[];
}

/**
 * 추진실적 for a period as of a date: certification rounds, awards, then the 친절민원시책 block from the
 * other areas' figures (each area asked once, for every year of the period), the 구민소통실적 and 사업비 현황 tables, and
 * the user's saved arrangement and notes on top. Pure apart from the areas' own reads of `db`.
 */
export async function performanceSection(db: Db, sources: PerformanceSources, records: CardRecords, period: DateRange, asOf: string): Promise<PerformanceSection> {
  const counted = { from: period.from, to: countedUntil(period, asOf) };
  const years = await collectFigures(db, sources, counted);
  const frontDesk = frontDeskLines(years, counted);
  const communication = communicationTable(records.communications, counted);
  const generated: DraftLine[] = [...certificationLines(records.rounds, counted), ...awardLines(records.awards, counted), ...frontDesk.lines];
  const natural = withNotes(generated, records.notes, (n) => ({ key: `note:${n.id}`, level: n.level, text: n.text, source: null, figures: [], noteId: n.id }));
  const lines = arrangeLines(natural, records.layout);
  const heading = `추진실적 ${periodText(period.from, period.to)}`;
  const budget = budgetTable(records.budget, termYears(records.termFrom, records.termTo));
  return {
    cardId: records.cardId,
    from: period.from,
    to: period.to,
    asOf,
    heading,
    lines,
    communication: communication.table,
    budget,
    figures: [...frontDesk.figures, ...communication.figures],
    text: sectionText({ heading, lines, communication: communication.table, budget }),
  };
}
