// Kept apart from the session channels' schemas so the first page can ask a role without loading zod.

/**
 * Who may do what. Each role includes the ones before it: a 팀장 does everything a 담당자 does, a
 * 관리자 everything a 팀장 does.
 */
export const ROLES = ['desk', 'teamLead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabel: Record<Role, string> = { desk: '담당자', teamLead: '팀장', admin: '관리자' };

/** What each role is for, as the staff page explains it. */
export const roleDuties: Record<Role, string> = {
  desk: '창구 업무(대여·통역·도우미 등), 본인이 접수한 추천, 가린 개인정보 목록',
  teamLead: '담당자 업무와 친절 으뜸이 선정·확정·확정 해제, 교육·힐링프로그램 관리',
  admin: '팀장 업무와 설정, 보유기간, 백업·복원, 데이터 위치, 직원 명단과 역할',
};

export const roleIncludes = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);
