import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/handlerTypes';
import { TEST_DESK } from '../helpers/tempCore';
import { blockKeys, layoutOf, moveBlock } from '../../shared/pledge/layout';
import { pledgeApp } from '../fixtures/pledgeOffice/app';
import { fakeSources } from '../fixtures/pledgeOffice/fakeSources';
import { officeAreas } from '../fixtures/pledgeOffice/office';
import { enterCardRecords } from '../fixtures/pledgeOffice/seedCard';

const ctx: HandlerContext = { actor: null, desk: TEST_DESK };

/** The fixture office with fake areas: the section the pledge owner arranges. */
async function arranging() {
  const app = await pledgeApp();
  await enterCardRecords(app);
  const h = app.handlers({}, fakeSources(officeAreas).sources);
  const period = { cardId: app.card.id, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' };
  const section = async (p = period) => (await h['pledge.section'](p, ctx));
  return { app, h, period, section };
}

describe("arranging the section's lines", () => {
  it('moves the 친절민원시책 block above the award, and the order sticks on the next generation', async () => {
    const { app, h, section } = await arranging();
    const before = await section();
    const moved = moveBlock(before.lines, 'services', 'up')!;
    await h['pledge.saveLayout']({ cardId: app.card.id, lines: layoutOf(moved) }, ctx);
    const after = (await section()).text.split('\n');
    expect(after.slice(0, 6)).toEqual([
      '추진실적 (2024.01.01.~2025.06.30.)',
      '○ 국민행복민원실 재인증 : 2024. 9월',
      '  ▷ 재인증 신청(5.20.), 현장 실사(7.9.), 우수기관 선정(9.3.), 현판식 개최(10.15.)',
      '○ 친절민원시책 추진',
      '  ▷ 외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영',
      '    - 외국어 통역 : 2024년 11건(영어 5, 중국어 3, 베트남어 2, 기타 1) / 2025년 6월 현재 3건',
    ]);
    expect(after).toContain("○ 부산광역시 '친절 민원실 평가' 최우수 : 2025. 3월");
    expect(after.indexOf("○ 부산광역시 '친절 민원실 평가' 최우수 : 2025. 3월")).toBe(after.indexOf('[구민소통실적]') - 2);
    await app.close();
  });

  it('hides a line (and a heading with the lines under it) from the text, keeping it on the list to show again', async () => {
    const { app, h, section } = await arranging();
    const lines = (await section()).lines;
    const hide = new Set(['services:guides', ...blockKeys(lines, 'healing')]);
    await h['pledge.saveLayout']({ cardId: app.card.id, lines: lines.map((l) => ({ key: l.key, hidden: hide.has(l.key) })) }, ctx);
    const after = await section();
    expect(after.text).not.toContain('안내 도우미 :');
    expect(after.text).not.toContain('힐링프로그램');
    expect(after.lines.filter((l) => l.hidden).map((l) => l.key)).toEqual(['services:guides', 'healing', 'healing:2024', 'healing:2025']);
    await app.close();
  });

  it("a year the saved order has not seen goes under its heading, hidden if its heading is", async () => {
    const { app, h, period, section } = await arranging();
    const year2024 = { ...period, to: '2024-12-31' };
    const lines = (await section(year2024)).lines;
    const hide = new Set(blockKeys(lines, 'training:kindness'));
    await h['pledge.saveLayout']({ cardId: app.card.id, lines: lines.map((l) => ({ key: l.key, hidden: hide.has(l.key) })) }, ctx);
    const wider = await section();
    const keys = wider.lines.map((l) => l.key);
    expect(keys.indexOf('healing:2025')).toBe(keys.indexOf('healing:2024') + 1);
    expect(wider.text).toContain('    - 2025년 : 1회, 22명 참여(4.11. 흰여울문화마을, 22명)');
    expect(keys.indexOf('training:kindness:2025')).toBe(keys.indexOf('training:kindness:2024') + 1);
    expect(wider.lines.find((l) => l.key === 'training:kindness:2025')!.hidden).toBe(true);
    expect(wider.text).not.toContain('2개부서 45명');
    await app.close();
  });

  it('arranging a shorter period keeps what was hidden and moved for the lines it does not show', async () => {
    const { app, h, period, section } = await arranging();
    const whole = (await section()).lines;
    const hide = new Set(['healing:2025', 'training:kindness:2025']);
    await h['pledge.saveLayout']({ cardId: app.card.id, lines: whole.map((l) => ({ key: l.key, hidden: hide.has(l.key) })) }, ctx);
    // The owner then looks at 2024 alone (no award yet) and moves the 친절민원시책 block to the top.
    const year2024 = (await section({ ...period, to: '2024-12-31' })).lines;
    await h['pledge.saveLayout']({ cardId: app.card.id, lines: layoutOf(moveBlock(year2024, 'services', 'up')!) }, ctx);
    const back = await section();
    expect(back.lines.filter((l) => l.hidden).map((l) => l.key)).toEqual(['healing:2025', 'training:kindness:2025']);
    expect(back.text).not.toContain('흰여울문화마을');
    const keys = back.lines.map((l) => l.key);
    expect(keys.indexOf('healing:2025')).toBe(keys.indexOf('healing:2024') + 1);
    expect(keys[0]).toBe('services');
    // The award of 2025 stays after the line it followed, the certification's milestones.
    expect(keys.indexOf('award:1')).toBe(keys.indexOf('cert:1:milestones') + 1);
    await app.close();
  });

  it('adds a ※ note under a line, indented under it, and takes it away again', async () => {
    const { app, h, section } = await arranging();
    const note = await h['pledge.saveNote']({ cardId: app.card.id, level: '※', text: '2025년 상반기 통역 수요 감소(관광객 감소)', afterKey: 'services:foreign' }, ctx);
    const text = (await section()).text.split('\n');
    const at = text.indexOf('    ※ 2025년 상반기 통역 수요 감소(관광객 감소)');
    expect(text[at - 1]).toMatch(/^    - 외국어 통역 : /);
    const top = await h['pledge.saveNote']({ cardId: app.card.id, level: '○', text: '민원실 환경 개선', afterKey: null }, ctx);
    expect((await section()).lines.at(-1)).toMatchObject({ key: `note:${top.id}`, text: '민원실 환경 개선', noteId: top.id, source: null });
    await h['pledge.deleteNote']({ id: note.id }, ctx);
    expect((await section()).text).not.toContain('관광객 감소');
    await app.close();
  });

  it('takes an order and hidden flags only: a line cannot be sent with a text of its own', async () => {
    const { app } = await arranging();
    const result = await app.call('pledge.saveLayout', { cardId: app.card.id, lines: [{ key: 'services:wheelchair', hidden: false, text: '휠체어 대여 : 2024년 999건' }] } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await app.close();
  });
});

describe('moving blocks (shared/pledge/layout)', () => {
  const lines = [
    { key: 'a', level: '○' as const },
    { key: 'a1', level: '▷' as const },
    { key: 'a1x', level: '-' as const },
    { key: 'a2', level: '▷' as const },
    { key: 'n', level: '※' as const },
    { key: 'b', level: '○' as const },
  ];
  const keys = (ls: { key: string }[] | null) => ls?.map((l) => l.key);

  it('moves a heading with its lines, and only among its own siblings', () => {
    expect(keys(moveBlock(lines, 'a2', 'up'))).toEqual(['a', 'a2', 'n', 'a1', 'a1x', 'b']);
    expect(moveBlock(lines, 'a1', 'up')).toBeNull();
    expect(moveBlock(lines, 'a2', 'down')).toBeNull();
    expect(keys(moveBlock(lines, 'b', 'up'))).toEqual(['b', 'a', 'a1', 'a1x', 'a2', 'n']);
  });

  it('moves a ※ note one line at a time, so it can go under any line', () => {
    expect(keys(moveBlock(lines, 'n', 'up'))).toEqual(['a', 'a1', 'a1x', 'n', 'a2', 'b']);
    expect(keys(moveBlock(lines, 'n', 'down'))).toEqual(['a', 'a1', 'a1x', 'a2', 'b', 'n']);
  });
});
