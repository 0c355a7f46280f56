import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PledgePrintView } from '../../renderer/pledge/PledgePrintView';
import type { PrintableCard } from '../../shared/contract/pledge';
import { budgetTable } from '../../shared/pledge/budgetTable';
import type { PledgeCard } from '../../shared/pledge/records';
import { renderWithTheme } from './render';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/api/client', () => ({ call, onRecordsChanged: () => () => {} }));

// jsdom decodes no images; the print view waits for each photo's decode before it says it is ready.
HTMLImageElement.prototype.decode = () => Promise.resolve();

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const card = {
  id: 1,
  areaCode: '열린구정',
  areaNumber: '2-1',
  title: '소통과 공감의 고품격 민원서비스 제공',
  status: '이행 후 계속추진',
  businessType: '임기내사업',
  funding: '자체사업',
  departmentName: '민원회계과',
  team: '행정여권팀',
  extension: '2345',
  projectFrom: '2022-07-01',
  projectTo: '2026-06-30',
  projectPeriodText: '',
  contents: '친절교육',
  budgetNote: '',
  effects: '',
  plans: '2027년 재인증 준비',
  termFrom: '2022-07',
  termTo: '2026-06',
} as PledgeCard;

const printable: PrintableCard = {
  card,
  officeName: '○○구청',
  section: {
    cardId: 1,
    from: '2024-01-01',
    to: '2025-06-30',
    asOf: '2025-07-10',
    heading: '추진실적 (2024.01.01.~2025.06.30.)',
    lines: [
      { key: 'services', level: '○', text: '친절민원시책 추진', source: null, figures: [], hidden: false },
      { key: 'healing', level: '▷', text: '힐링프로그램', source: null, figures: [], hidden: false },
      { key: 'healing:2025', level: '-', text: '2025년 : 1회, 22명 참여(4.11. 흰여울문화마을, 22명)', source: null, figures: [], hidden: false },
    ],
    communication: { headers: ['설명회, 보고회', '기타'], counts: [0, 2], cells: ['-회', '2회'] },
    budget: budgetTable([{ source: 'district', year: 2024, amount: 10 }], [2022, 2023, 2024, 2025, 2026]),
    figures: [],
    text: '',
  },
  // The user put the article first: the card still lists its photos first.
  references: [
    { id: 1, kind: 'press', position: 0, text: '외국어 통역 지원 확대 : 2025.05.08. KBS부산', photo: null, communicationId: 5 },
    { id: 2, kind: 'photo', position: 1, text: '국민행복민원실 현판식', photo: { mimeType: 'image/png', contentBase64: PNG }, communicationId: null },
    { id: 3, kind: 'press', position: 2, text: '구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보', photo: null, communicationId: 3 },
  ],
};

describe('the printable card', () => {
  it('lays out the whole card in the card\'s order, each part named', async () => {
    call.mockResolvedValue({ ok: true, value: printable });
    renderWithTheme(<PledgePrintView request={{ cardId: 1, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' }} />);
    const article = await screen.findByRole('article', { name: '공약 카드' });
    expect(within(article).getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['공약사업 개요', '추진실적', '사업 이행효과', '향후계획', '사업비 현황', '참고자료']);
    expect(within(screen.getByRole('region', { name: '공약사업 개요' })).getByText('○ 사업비 : 총 10백만원(구비)')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '추진실적' })).getByText('- 2025년 : 1회, 22명 참여(4.11. 흰여울문화마을, 22명)')).toBeTruthy();
  });

  it('draws 사업비 현황 with its two-level header: 임기내 over 소계 and each year', async () => {
    call.mockResolvedValue({ ok: true, value: printable });
    renderWithTheme(<PledgePrintView request={{ cardId: 1, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' }} />);
    const table = await screen.findByRole('table', { name: '사업비 현황' });
    const [top, second] = within(table).getAllByRole('row');
    const spans = (row: HTMLElement) => within(row).getAllByRole('columnheader').map((c) => [c.textContent, c.getAttribute('rowspan'), c.getAttribute('colspan')]);
    expect(spans(top)).toEqual([
      ['구분', '2', '1'],
      ['합계', '2', '1'],
      ['임기내', '1', '6'],
      ['임기후', '2', '1'],
    ]);
    expect(spans(second).map((s) => s[0])).toEqual(['소계', '2022년', '2023년', '2024년', '2025년', '2026년']);
  });

  it('lists the photos with their captions first, then the press numbered 1., 2.', async () => {
    call.mockResolvedValue({ ok: true, value: printable });
    renderWithTheme(<PledgePrintView request={{ cardId: 1, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' }} />);
    const refs = await screen.findByRole('region', { name: '참고자료' });
    expect(within(refs).getByRole('img', { name: '국민행복민원실 현판식' })).toBeTruthy();
    const texts = [...refs.querySelectorAll('[data-style]')].map((e) => e.textContent);
    expect(texts).toEqual([
      '■ 참고자료',
      '국민행복민원실 현판식',
      '1. 외국어 통역 지원 확대 : 2025.05.08. KBS부산',
      '2. 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보',
      '기준일 2025.07.10.',
    ]);
  });
});
