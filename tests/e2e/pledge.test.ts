import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HwpxReader } from '@ssabrojs/hwpxjs';
import { printRoute } from '../../shared/pledge/printRoute';
import { openApp, SCREENSHOTS, type OpenApp } from './harness';

let app: OpenApp;
beforeAll(async () => {
  app = await openApp();
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.preview.url });
  // The office's department exists before the pledge owner makes the card.
  await app.preview.core.call('departments.save', { name: '민원회계과' });
});
afterAll(() => app?.close());

const EXPECTED_TOP = [
  '추진실적 (2024.01.01.~2024.12.31.)',
  '○ 국민행복민원실 재인증 : 2024. 9월',
  '  ▷ 재인증 신청(6.3.), 현장 실사(7.22.), 우수기관 선정(9.10.), 현판식 개최(11.5.)',
  '○ 친절민원시책 추진',
  '  ▷ 외국어 및 수어 통역지원, 휠체어 무료 대여, 민원 안내 도우미 운영-상시운영',
  '',
  '[구민소통실적]',
  '| 설명회, 보고회 | 만족도, 설문조사 | 민간전문가 자문 | 언론·방송 보도 | 기타 |',
  '| -회 | -회 | -회 | 2회 | -회 |',
];

describe('the pledge owner in the preview', () => {
  it('makes the card, enters a certification round and two press items', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/pledge');
    await page.getByRole('combobox', { name: '부서' }).click();
    await page.getByRole('option', { name: '민원회계과' }).click();
    await page.getByLabel('팀').fill('행정여권팀');
    await page.getByLabel('팀').press('Enter');
    await expect.poll(() => page.getByText('열린구정 2-1 소통과 공감의 고품격 민원서비스 제공 · 이행 후 계속추진').count()).toBe(1);

    await page.getByRole('tab', { name: '재인증' }).click();
    await page.getByRole('button', { name: '인증 회차 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '인증 회차 추가' });
    await dialog.getByLabel('재인증 신청 날짜').fill('2024-06-03');
    await dialog.getByLabel('현장 실사 날짜').fill('2024-07-22');
    await dialog.getByLabel('우수기관 선정 날짜').fill('2024-09-10');
    await dialog.getByLabel('현판식 개최 날짜').fill('2024-11-05');
    await dialog.getByLabel('현판식 개최 날짜').press('Enter');
    const round = page.getByRole('table', { name: '인증 회차' }).getByRole('row', { name: /국민행복민원실 재인증/ });
    await expect.poll(() => round.textContent()).toContain('2027.09.09.까지 (3년)');

    await page.getByRole('tab', { name: '구민소통' }).click();
    for (const [date, title, outlet] of [
      ['2024-11-28', '구청 민원실, 국민행복민원실 재인증', '부산일보'],
      ['2024-12-02', '휠체어 무료 대여 호응', 'KBS부산'],
    ]) {
      await page.getByLabel('날짜').fill(date);
      await page.getByRole('textbox', { name: '제목' }).fill(title);
      await page.getByRole('textbox', { name: '언론사' }).fill(outlet);
      await page.getByRole('textbox', { name: '언론사' }).press('Enter');
      await expect.poll(() => page.getByRole('table', { name: '구민소통 활동' }).getByText(title).count()).toBe(1);
    }
    await page.getByRole('button', { name: '구청 민원실, 국민행복민원실 재인증 참고자료에 싣기' }).click();
    await expect.poll(() => page.getByText('참고자료', { exact: true }).count()).toBeGreaterThan(0);
    await app.screenshot('pledge-communication');

    // A photo of the 현판식 for the 참고자료: a real PNG, as a camera would give one.
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 240, height: 160 } });
    await page.getByRole('tab', { name: '참고자료' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '사진 고르기' }).click()]);
    await chooser.setFiles({ name: '현판식.png', mimeType: 'image/png', buffer: photo });
    await page.getByLabel('사진 설명').fill('국민행복민원실 현판식 (11.5.)');
    await page.getByLabel('사진 설명').press('Enter');
    await expect.poll(() => page.getByRole('table', { name: '참고자료' }).getByRole('img', { name: '국민행복민원실 현판식 (11.5.)' }).count()).toBe(1);
  });

  it('generates the section for 2024 and copies it with one click', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '추진실적' }).click();
    await page.getByLabel('시작일').fill('2024-01-01');
    await page.getByLabel('종료일').fill('2024-12-31');
    await page.getByLabel('기준일').fill('2025-01-10');
    await page.getByLabel('기준일').press('Enter');
    const shown = page.getByLabel('추진실적 텍스트');
    await expect.poll(() => shown.textContent()).toContain('추진실적 (2024.01.01.~2024.12.31.)');
    const text = (await shown.textContent())!;
    expect(text.split('\n').slice(0, EXPECTED_TOP.length)).toEqual(EXPECTED_TOP);

    await page.getByRole('button', { name: '텍스트 복사' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await page.getByRole('list', { name: '추진실적 줄' }).getByText('○ 국민행복민원실 재인증 : 2024. 9월').click();
    const records = page.getByRole('table', { name: '근거 기록' });
    await expect.poll(() => records.textContent()).toContain('2024.09.10.국민행복민원실 재인증우수기관 선정');
    await app.screenshot('pledge-section');
  });

  it('exports the card as DOCX with its lines and tables', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'DOCX 저장' }).click()]);
    expect(download.suggestedFilename()).toBe('공약카드_열린구정2-1_2024-01-01_2024-12-31.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toContain('○ 국민행복민원실 재인증 : 2024. 9월');
    expect(texts).toContain('▷ 재인증 신청(6.3.), 현장 실사(7.22.), 우수기관 선정(9.10.), 현판식 개최(11.5.)');
    expect(texts).toContain('1. 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(texts).toContain('국민행복민원실 현판식 (11.5.)');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  });

  it('saves the card as HWPX, which an independent reader reads back line by line, with the photo', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'HWPX 저장' }).click()]);
    expect(download.suggestedFilename()).toBe('공약카드_열린구정2-1_2024-01-01_2024-12-31.hwpx');
    const bytes = fs.readFileSync((await download.path())!);
    fs.copyFileSync((await download.path())!, `${SCREENSHOTS}/pledge-card.hwpx`);
    const reader = new HwpxReader();
    await reader.loadFromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const lines = (await reader.extractText()).split('\n');
    expect(lines).toContain('○ 국민행복민원실 재인증 : 2024. 9월');
    expect(lines).toContain('▷ 재인증 신청(6.3.), 현장 실사(7.22.), 우수기관 선정(9.10.), 현판식 개최(11.5.)');
    expect(lines).toContain('1. 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보');
    expect(lines.indexOf('국민행복민원실 현판식 (11.5.)')).toBeLessThan(lines.indexOf('1. 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보'));
    expect(await reader.listImages()).toEqual(['BinData/image1.png']);
  });

  it('saves the card as a PDF through the app\'s own printer, with the section in it', async () => {
    const { page } = app;
    // The app's printer starts its own Chromium for the PDF: on a loaded machine that alone can take several seconds.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'PDF 저장' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = (await download.path())!;
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    fs.copyFileSync(file, `${SCREENSHOTS}/pledge-card.pdf`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // Laid out as the government card: header, outline, both tables, effects, plans, references.
    for (const part of [
      '열린구정 2-1',
      '소통과 공감의 고품격 민원서비스 제공',
      '이행 후 계속추진',
      '< 임기내사업 / 자체사업 / 민원회계과 행정여권팀 >',
      '공약사업 개요',
      '추진실적 (2024.01.01.~2024.12.31.)',
      '국민행복민원실 재인증 : 2024. 9월',
      '재인증 신청(6.3.), 현장 실사(7.22.), 우수기관 선정(9.10.), 현판식 개최(11.5.)',
      '구민소통실적',
      '사업 이행효과',
      '향후계획',
      '사업비 현황',
      '참고자료',
      '1. 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보',
      '국민행복민원실 현판식 (11.5.)',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(text.indexOf('추진실적 (')).toBeLessThan(text.indexOf('구민소통실적'));
    expect(text.indexOf('사업비 현황')).toBeLessThan(text.indexOf('참고자료'));
    // The photo is in the PDF as a picture, not just its caption.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThan(0);
  });

  it('shows the printable card and prints it to a PDF', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '인쇄용 보기' }).click();
    const card = page.getByRole('article', { name: '공약 카드' });
    await expect.poll(() => card.getByLabel('추진실적').textContent()).toContain('○ 국민행복민원실 재인증 : 2024. 9월');
    await expect.poll(() => page.evaluate(() => document.body.getAttribute('data-print-ready'))).toBe('1');
    expect(await card.getByRole('table', { name: '구민소통실적' }).textContent()).toContain('2회');
    expect(await card.getByRole('img', { name: '국민행복민원실 현판식 (11.5.)' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(1);
    await app.screenshot('pledge-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.getByRole('button', { name: '돌아가기' }).click();
    await expect.poll(() => page.getByRole('tab', { name: '추진실적' }).count()).toBe(1);
  });

  it('opens the card route the PDF printer uses as the printable card, and prints it to a PDF', async () => {
    const { page } = app;
    await page.goto(`${app.preview.url}#${printRoute({ cardId: 1, from: '2024-01-01', to: '2024-12-31', asOf: '2025-01-10' })}`);
    await expect.poll(() => page.evaluate(() => document.body.getAttribute('data-print-ready'))).toBe('1');
    const card = page.getByRole('article', { name: '공약 카드' });
    expect(await card.getByLabel('추진실적').textContent()).toContain('▷ 재인증 신청(6.3.), 현장 실사(7.22.), 우수기관 선정(9.10.), 현판식 개최(11.5.)');
    expect(await page.getByRole('button', { name: '돌아가기' }).count()).toBe(0);
    const routed = await page.pdf({ format: 'A4' });
    expect(routed.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('counts down to the next 재인증 on the dashboard', async () => {
    const { page } = app;
    await page.goto(`${app.preview.url}#/`);
    const card = page.getByRole('region', { name: '국민행복민원실 재인증' });
    await expect.poll(() => card.textContent()).toMatch(/다음 재인증까지 D-\d+/);
    expect(await card.textContent()).toContain('2024.09.10. 선정 · 2027.09.09.까지 유효');
    await app.screenshot('pledge-dashboard');
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
