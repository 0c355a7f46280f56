import { UserFacingError } from '../../shared/result';
import { authorOf } from '../db/audit';
import type { Handlers } from '../ipc/handlerTypes';
import type { StaffRepository } from '../staff/staffRepository';
import type { SettingsService } from './settingsService';

export function settingsHandlers(
  settings: SettingsService,
  staff: StaffRepository,
): Handlers<'settings.get' | 'settings.save' | 'session.current' | 'session.switch'> {
  const session = async (staffId: number | null) => {
    const member = staffId === null ? null : await staff.staffById(staffId);
    return member && member.active
      ? { staffId: member.id, name: member.name, departmentName: member.departmentName }
      : { staffId: null, name: null, departmentName: null };
  };
  return {
    'settings.get': () => settings.current(),
    'settings.save': (changes, ctx) => settings.save(changes, authorOf(ctx)),
    'session.current': () => session(settings.currentStaffId()),
    'session.switch': async ({ staffId }) => {
      if (staffId !== null) {
        const member = await staff.staffById(staffId);
        if (!member) throw new UserFacingError('not_found', '선택한 직원이 목록에 없습니다.', 'staffId');
        if (!member.active) throw new UserFacingError('invalid_input', '재직 중이 아닌 직원은 선택할 수 없습니다.', 'staffId');
      }
      settings.setCurrentStaffId(staffId);
      return session(staffId);
    },
  };
}
