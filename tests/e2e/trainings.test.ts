import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  app = await openApp();
  // The staff list is the spine's; here it is only the people the trainings pick from.
  const core = app.preview.core;
  const dept = async (name: string) => ((await core.call('departments.save', { name })) as { value: { id: number } }).value.id;
  const minwon = await dept('민원회계과');
  const tax = await dept('세무과');
  for (const [name, departmentId] of [['홍길동', minwon], ['성춘향', minwon], ['이몽룡', tax]] as const) await core.call('staff.save', { name, departmentId });
});
afterAll(() => app?.close());

describe('교육·힐링 in the preview', () => {
  it('records a training with two sessions and attendance, and shows the report line', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/trainings');
    await page.getByRole('button', { name: '교육 등록' }).click();
    const form = page.getByRole('dialog', { name: '교육 등록' });
    await form.getByLabel('교육명').fill('2024년 직원 친절교육');
    await form.getByLabel('강사').fill('한국서비스진흥원 김강사');
    await form.getByLabel('1회차 날짜').fill('2024-03-18');
    await form.getByLabel('1회차 장소').fill('구청 대강당');
    await form.getByRole('button', { name: '회차 추가' }).click();
    await form.getByLabel('2회차 날짜').fill('2024-03-20');
    await form.getByLabel('2회차 장소').press('Enter');

    const detail = page.getByRole('dialog', { name: '교육 상세·출석' });
    await detail.getByRole('combobox', { name: '부서 전체 추가' }).click();
    await page.getByRole('option', { name: /민원회계과/ }).click();
    await detail.getByRole('radiogroup', { name: '성춘향 출석 상태' }).getByText('결석').click();
    await detail.getByRole('button', { name: '출석 저장' }).click();
    await expect.poll(() => detail.getByLabel('이수 합계').textContent()).toBe('1개부서 1명 이수');

    await detail.getByRole('tab', { name: '2회차 3.20.' }).click();
    await detail.getByRole('combobox', { name: '직원 추가' }).fill('ㅇㅁㄹ');
    await page.getByRole('option', { name: '이몽룡 (세무과)' }).click();
    await detail.getByRole('combobox', { name: '직원 추가' }).fill('성춘');
    await page.getByRole('option', { name: '성춘향 (민원회계과)' }).click();
    await detail.getByRole('radiogroup', { name: '성춘향 출석 상태' }).getByText('지각').click();
    await detail.getByRole('button', { name: '출석 저장' }).click();
    // 성춘향 missed the first session and came late to the second: counted once, as attended.
    await expect.poll(() => detail.getByLabel('이수 합계').textContent()).toBe('2개부서 3명 이수');
    await app.screenshot('trainings-attendance');
    await detail.getByRole('button', { name: '닫기' }).click();

    await page.getByRole('combobox', { name: '연도' }).click();
    await page.getByRole('option', { name: '2024년' }).click();
    await expect.poll(() => page.getByLabel('친절교육 실적 문구').textContent()).toBe('2024년 2개부서 3명(3.18.~3.20.)');
    await expect.poll(() => page.getByRole('table', { name: '교육 목록' }).textContent()).toContain('2개부서 3명');
    await app.screenshot('trainings-list');

    await page.getByRole('tab', { name: '부서별 이수 현황' }).click();
    await page.getByRole('checkbox', { name: '세무과 현장 부서' }).check();
    await expect.poll(() => page.getByText('현장 부서 직원 모두 이수했습니다.').count()).toBe(1);
  });

  it('adds two healing programs, one with a photo, and shows the year line', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '힐링프로그램' }).click();
    const add = async (date: string, place: string, activity: string, people: string) => {
      await page.getByRole('button', { name: '힐링프로그램 등록' }).click();
      const dialog = page.getByRole('dialog', { name: '힐링프로그램 등록' });
      await dialog.getByLabel('날짜').fill(date);
      await dialog.getByLabel('장소').fill(place);
      await dialog.getByRole('combobox', { name: '활동' }).fill(activity);
      await dialog.getByLabel('참여 인원').fill(people);
      await dialog.getByLabel('비용(원)').fill('450000');
      await dialog.getByRole('button', { name: '저장' }).click();
      return page.getByRole('dialog', { name: '힐링프로그램', exact: true });
    };
    const first = await add('2024-05-17', '태종대', '요트', '20');
    await first.locator('input[type="file"]').setInputFiles({ name: '단체사진.png', mimeType: 'image/png', buffer: PNG });
    await first.getByRole('textbox', { name: '사진 설명' }).fill('태종대 요트 체험');
    await first.getByRole('button', { name: '사진 올리기' }).click();
    await expect.poll(() => first.getByRole('img', { name: '태종대 요트 체험' }).count()).toBe(1);
    await first.locator('input[type="file"]').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
    await first.getByRole('button', { name: '사진 올리기' }).click();
    await expect.poll(() => first.getByText('JPG, PNG, WEBP 사진만 올릴 수 있습니다.').count()).toBe(1);
    await app.screenshot('healing-photos');
    await first.getByRole('button', { name: '닫기' }).first().click();
    // The refused file is still chosen in the upload form: closing asks before it is dropped.
    await page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' }).getByRole('button', { name: '버리기' }).click();

    const second = await add('2024-10-30', '구청', '공예', '17');
    await expect.poll(() => second.getByText('사진 (0장)').count()).toBe(1);
    await second.getByRole('button', { name: '닫기' }).first().click();
    await expect.poll(() => page.getByLabel('힐링프로그램 실적 문구').textContent()).toBe('2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청, 17명)');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await app.screenshot('healing-list');
  });

  it('opens the training form with the date clicked on the calendar, and shows the month’s sessions', async () => {
    const { page } = app;
    const iso = `${deskNow().date.slice(0, 7)}-15`;
    const month = Number(iso.slice(5, 7));
    await app.preview.core.call('trainings.save', { title: '특이민원 대응 모의훈련', kind: 'complaintDrill', attendanceMode: 'headCount', sessions: [{ date: iso, startTime: '10:00', endTime: '11:00', place: '민원실' }] });
    await page.getByRole('tab', { name: '교육 달력' }).click();
    await expect.poll(() => page.getByText(/특이민원 대응 모의훈련/).count()).toBeGreaterThan(0);
    await app.screenshot('trainings-calendar');
    await page.getByRole('button', { name: new RegExp(`^${month}월 15 일`) }).first().click();
    await expect.poll(() => page.getByRole('dialog', { name: '교육 등록' }).getByLabel('1회차 날짜').inputValue()).toBe(dateWithWeekday(iso));
    await page.getByRole('dialog', { name: '교육 등록' }).getByRole('button', { name: '닫기' }).click();
  });

  it('warns on the dashboard while this year has no 친절교육', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/');
    const card = page.getByRole('region', { name: '교육·힐링' });
    await expect.poll(() => card.textContent()).toContain(`${deskNow().date.slice(0, 4)}년 친절교육을 아직 실시하지 않았습니다`);
    await app.screenshot('trainings-dashboard');
  });

  it('shows a 담당자 the trainings and healing programs to read, offering nothing only a 팀장 may do', async () => {
    const { page } = app;
    const staff = (await app.preview.core.call('staff.list', { includeInactive: false })) as { value: { id: number; name: string }[] };
    await app.signInAs(staff.value.find((s) => s.name === '홍길동')!.id, 'desk');
    await page.goto(app.preview.url + '#/trainings');
    await page.getByRole('combobox', { name: '연도' }).click();
    await page.getByRole('option', { name: '2024년' }).click();
    await expect.poll(() => page.getByRole('table', { name: '교육 목록' }).textContent()).toContain('2024년 직원 친절교육');
    expect(await page.getByRole('button', { name: '교육 등록' }).count()).toBe(0);
    expect(await page.getByText('이 화면에서는 기록을 볼 수 있습니다.').count()).toBe(1);

    await page.getByRole('button', { name: '2024년 직원 친절교육 열기·출석' }).click();
    const detail = page.getByRole('dialog', { name: '교육 상세·출석' });
    // The attendance is there to read: every control disabled, the reason said, no save offered.
    await expect.poll(() => detail.getByText('팀장 또는 관리자만 할 수 있는 일입니다.', { exact: false }).count()).toBe(1);
    expect(await detail.getByRole('radiogroup', { name: '성춘향 출석 상태' }).getByRole('radio', { name: '결석' }).isDisabled()).toBe(true);
    expect(await detail.getByRole('radiogroup', { name: '성춘향 출석 상태' }).getByRole('radio', { name: '결석' }).isChecked()).toBe(true);
    for (const name of ['출석 저장', '정보·일정 수정', '삭제']) expect(await detail.getByRole('button', { name, exact: true }).count()).toBe(0);
    await detail.getByRole('button', { name: '닫기' }).click();

    await page.getByRole('tab', { name: '힐링프로그램' }).click();
    expect(await page.getByRole('button', { name: '힐링프로그램 등록' }).count()).toBe(0);
    await page.getByRole('button', { name: '5.17. 태종대 열기·사진' }).click();
    const program = page.getByRole('dialog', { name: '힐링프로그램', exact: true });
    await expect.poll(() => program.getByRole('img', { name: '태종대 요트 체험' }).count()).toBe(1);
    expect(await program.getByLabel('장소').isDisabled()).toBe(true);
    for (const name of ['사진 올리기', '이 프로그램 삭제', '저장']) expect(await program.getByRole('button', { name, exact: true }).count()).toBe(0);
    await program.getByRole('button', { name: '닫기' }).first().click();

    await page.getByRole('tab', { name: '부서별 이수 현황' }).click();
    expect(await page.getByRole('checkbox', { name: '세무과 현장 부서' }).isDisabled()).toBe(true);
    await app.signInAsAdmin();
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
