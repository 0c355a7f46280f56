import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { healingProgramFiguresByYear } from '../../electron/healing/healingFigures';
import { asHealingRefusal } from '../../electron/healing/healingRefusals';
import { snapshotDb, tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(() => app?.close());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF photo bytes')]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
/** Photos live in the database since version 010: the data folder holds no photo files at all. */
const photoFilesInDataFolder = () => fs.readdirSync(app.dataDir, { recursive: true }).map(String).filter((f) => /\.(png|jpg|webp)$/.test(f));
const storedPhotoBytes = async () => (await app.db.selectFrom('healing_photo').select('content').orderBy('id').execute()).map((r) => r.content);

async function office() {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  const sung = await app.must('staff.save', { name: '성춘향', departmentId: dept.id });
  await app.signInAs(hong.id, { role: 'teamLead' });
  return { hong: hong.id, sung: sung.id };
}

const program = (date: string, place: string, participants: number) => ({ date, place, activity: '요가', participants, costWon: 300000 });

describe('healing programs: the yearly line', () => {
  it('reads `2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청, 17명)` from the records, other years left out', async () => {
    await office();
    await app.must('healing.save', program('2024-10-30', '구청', 17));
    await app.must('healing.save', { ...program('2024-05-17', '태종대', 20), activity: '요트' });
    await app.must('healing.save', program('2023-11-02', '흰여울문화마을', 15));
    await app.must('healing.save', program('2025-04-11', '흰여울문화마을', 22));

    expect((await app.must('healing.yearLine', { year: 2024 })).text).toBe('2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청, 17명)');
    expect((await app.must('healing.yearLine', { year: 2025, asOf: '2025-06-30' })).text).toBe('2025년 : 1회, 22명 참여(4.11. 흰여울문화마을, 22명)');
    expect((await app.must('healing.yearLine', { year: 2026 })).text).toBe('2026년 : -회');
    expect((await healingProgramFiguresByYear(app.db, { from: '2024-01-01', to: '2024-12-31' })).get(2024)!.map((f) => [f.date, f.place, f.participants])).toEqual([
      ['2024-05-17', '태종대', 20],
      ['2024-10-30', '구청', 17],
    ]);
    expect((await app.must('healing.programsBetween', { from: '2024-05-01', to: '2024-05-31' })).map((p) => `${p.activity} ${p.place}`)).toEqual(['요트 태종대']);
  });

  it('keeps the head count at least the number of people named, in the form and in the database', async () => {
    const o = await office();
    const saved = await app.must('healing.save', { ...program('2024-05-17', '태종대', 20), participantStaffIds: [o.hong, o.sung] });
    expect(saved.participantStaff.map((p) => p.name)).toEqual(['성춘향', '홍길동']);
    expect(saved).toMatchObject({ costWon: 300000, createdByName: '홍길동' });
    const before = await snapshotDb(app);
    const tooFew = await app.call('healing.save', { ...program('2024-05-17', '태종대', 1), id: saved.id, participantStaffIds: [o.hong, o.sung] });
    expect(tooFew).toMatchObject({ ok: false, error: { field: 'participants', message: '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.' } });
    const stranger = await app.call('healing.save', { ...program('2024-05-17', '태종대', 5), id: saved.id, participantStaffIds: [o.hong, 999] });
    expect(stranger).toMatchObject({ ok: false, error: { field: 'participantStaffIds.1', message: expect.stringContaining('명단에 없는 직원') } });
    expect(await snapshotDb(app)).toEqual(before);
    const straightIn = app.db.updateTable('healing_program').set({ participants: 1 }).where('id', '=', saved.id).execute();
    await expect(straightIn).rejects.toThrow('참여 인원은 명단에 적은 사람 수보다 적을 수 없습니다.');
    expect(asHealingRefusal(await straightIn.catch((error: unknown) => error))).toMatchObject({ field: 'participants', message: '참여 인원은 명단에 고른 직원 수보다 적을 수 없습니다.' });

    // Lowering the count together with a shorter list is fine.
    const lowered = await app.must('healing.save', { ...program('2024-05-17', '태종대', 1), id: saved.id, participantStaffIds: [o.sung] });
    expect(lowered).toMatchObject({ participants: 1, participantStaff: [{ name: '성춘향' }] });
  });
});

describe('healing programs: photos', () => {
  it('stores a PNG or JPEG in the database, where every desk and every backup has it, and shows it back as a data: URL', async () => {
    await office();
    const p = await app.must('healing.save', program('2024-05-17', '태종대', 20));
    const png = await app.must('healing.addPhoto', { programId: p.id, caption: '단체 사진', contentBase64: PNG.toString('base64') });
    const jpeg = await app.must('healing.addPhoto', { programId: p.id, caption: '', contentBase64: JPEG.toString('base64') });
    expect(png).toMatchObject({ caption: '단체 사진', mimeType: 'image/png', sizeBytes: PNG.length });
    expect(jpeg.mimeType).toBe('image/jpeg');

    expect(await storedPhotoBytes()).toEqual([PNG, JPEG]);
    expect(photoFilesInDataFolder()).toEqual([]);
    const shown = await app.must('healing.photo', { photoId: png.id });
    expect(shown.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);

    await app.must('healing.captionPhoto', { photoId: jpeg.id, caption: '요가 매트 위에서' });
    expect((await app.must('healing.list', { year: 2024 }))[0].photos.map((ph) => ph.caption)).toEqual(['단체 사진', '요가 매트 위에서']);

    await app.must('healing.removePhoto', { photoId: png.id });
    expect(await storedPhotoBytes()).toEqual([JPEG]);
    await app.must('healing.delete', { id: p.id });
    expect(await app.db.selectFrom('healing_photo').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 0 });
  });

  it('holds a program to 30 photos, in the logic and in the database', async () => {
    await office();
    const p = await app.must('healing.save', program('2024-05-17', '태종대', 20));
    for (let i = 0; i < 30; i++) await app.must('healing.addPhoto', { programId: p.id, caption: `${i + 1}번째`, contentBase64: PNG.toString('base64') });
    const refused = await app.call('healing.addPhoto', { programId: p.id, caption: '', contentBase64: PNG.toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'contentBase64', message: '사진은 한 프로그램에 30장까지 올릴 수 있습니다.' } });
    const straightIn = await app.db
      .insertInto('healing_photo')
      .values({ program_id: p.id, file_name: '00000000-0000-4000-8000-000000000031.png', mime_type: 'image/png', size_bytes: PNG.length, content: PNG, created_at: 'x' })
      .execute()
      .then(() => null, (error: unknown) => error);
    expect(asHealingRefusal(straightIn)).toMatchObject({ code: 'conflict', field: 'contentBase64', message: '사진은 한 프로그램에 30장까지 올릴 수 있습니다.' });
    expect(await storedPhotoBytes()).toHaveLength(30);
  });

  it('refuses a GIF, a renamed text file and an oversized photo in Korean, writing nothing', async () => {
    await office();
    const p = await app.must('healing.save', program('2024-05-17', '태종대', 20));
    const before = await snapshotDb(app);
    for (const bytes of [GIF, Buffer.from('<script>alert(1)</script> not really a .jpg')]) {
      const result = await app.call('healing.addPhoto', { programId: p.id, caption: '', contentBase64: bytes.toString('base64') });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'contentBase64', message: 'JPG, PNG, WEBP 사진만 올릴 수 있습니다.' } });
    }
    const huge = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await app.call('healing.addPhoto', { programId: p.id, caption: '', contentBase64: huge.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { message: '사진은 5MB 이하만 올릴 수 있습니다.' } });
    const noProgram = await app.call('healing.addPhoto', { programId: 999, caption: '', contentBase64: PNG.toString('base64') });
    expect(noProgram).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(photoFilesInDataFolder()).toEqual([]);
    expect(await snapshotDb(app)).toEqual(before);
  });
});
