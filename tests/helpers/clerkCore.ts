import { tempCore, type TempCore } from './tempCore';

/** A fresh core with one department and one member of staff, 김담당, signed in at the desk. */
export async function clerkCore(): Promise<TempCore> {
  const app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
  await app.signInAs(clerk.id);
  return app;
}
