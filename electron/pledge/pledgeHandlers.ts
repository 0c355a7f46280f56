import { deskToday } from '../../shared/korean/deskClock';
import { PDF_MIME } from '../../shared/exportFile';
import type { pledgeContract, PrintableCard, SectionInput } from '../../shared/contract/pledge';
import { cardFileName } from '../../shared/pledge/cardDocument';
import { printRoute } from '../../shared/pledge/printRoute';
import { UserFacingError } from '../../shared/result';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import type { Handlers } from '../ipc/handlerTypes';
import { areaSources } from './areaSources';
import { cardDocx } from './cardFiles/cardDocx';
import { cardHwpx } from './cardFiles/cardHwpx';
import { cardXlsx } from './cardFiles/cardXlsx';
import type { PerformanceSources } from './performanceSources';
import { pledgeStore } from './pledgeStore';
import { pledgeRecordHandlers } from './recordHandlers';

type SectionChannels =
  | 'pledge.cards'
  | 'pledge.saveCard'
  | 'pledge.section'
  | 'pledge.printable'
  | 'pledge.saveLayout'
  | 'pledge.saveNote'
  | 'pledge.deleteNote'
  | 'pledge.exportHwpx'
  | 'pledge.exportDocx'
  | 'pledge.exportXlsx'
  | 'pledge.exportPdf';

/** The pledge card's channels: the card, its section and exports here; its other records in recordHandlers. */
export function pledgeHandlers(deps: CoreDeps, sources: PerformanceSources = areaSources): Handlers<keyof typeof pledgeContract> {
  const store = pledgeStore(deps.db, sources);

  const asOfChecked = (input: SectionInput) => {
    const asOf = input.asOf ?? deskToday();
    if (asOf < input.from) throw new UserFacingError('invalid_input', '기준일이 기간 시작일보다 앞서 셀 실적이 없습니다.', 'asOf');
    return { ...input, asOf };
  };
  const printable = async (input: SectionInput): Promise<PrintableCard> => {
    const checked = asOfChecked(input);
    return {
      card: await store.cards.byId(input.cardId),
      section: await store.section(checked),
      references: await store.references.list(input.cardId),
      officeName: (await deps.settings.current()).officeName,
    };
  };

  const handlers: Handlers<SectionChannels> = {
    'pledge.cards': () => store.cards.list(),
    'pledge.saveCard': (input, ctx) => store.write((r) => r.cards.save(input, authorOf(ctx))),
    'pledge.section': async (input) => store.section(asOfChecked(input)),
    'pledge.printable': printable,
    'pledge.saveLayout': async ({ cardId, lines }) => ({ saved: await store.write((r) => r.cards.saveLayout(cardId, lines)) }),
    'pledge.saveNote': (input, ctx) => store.write((r) => r.cards.saveNote(input, authorOf(ctx))),
    'pledge.deleteNote': async ({ id }) => {
      await store.write((r) => r.cards.deleteNote(id));
      return { deleted: true };
    },
    'pledge.exportHwpx': async (input) => cardHwpx(await printable(input)),
    'pledge.exportDocx': async (input) => cardDocx(await printable(input)),
    'pledge.exportXlsx': async (input) => cardXlsx(await printable(input)),
    'pledge.exportPdf': async (input) => {
      if (!deps.printToPdf) throw new UserFacingError('forbidden', '이 환경에서는 PDF를 만들 수 없습니다. 인쇄용 보기에서 인쇄하거나 DOCX로 내려받으세요.');
      const checked = asOfChecked(input);
      const card = await store.cards.byId(input.cardId);
      const pdf = await deps.printToPdf(printRoute({ cardId: card.id, from: checked.from, to: checked.to, asOf: checked.asOf }));
      return { fileName: cardFileName(card, checked, 'pdf'), mimeType: PDF_MIME, contentBase64: pdf.toString('base64') };
    },
  };
  return { ...handlers, ...pledgeRecordHandlers(store) };
}
