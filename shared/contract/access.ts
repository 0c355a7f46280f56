import type { ChannelName } from './index';
import { roleIncludes, roleLabel, type Role } from '../roles';

/**
 * Who may call a channel. 'public': anyone at the PC, signed in or not, and also while the screen is
 * locked (the sign-in screen's needs, the lock's own channels, the header's connection badge). Every
 * other level needs a signed-in person at an unlocked screen with at least that role. Finer rules (a
 * 담당자 changes only the nominations they entered; nobody confirms a month in which they are picked)
 * live in the handlers that know the records.
 */
export type Access = 'public' | Role;

const desk = 'desk';
const teamLead = 'teamLead';
const admin = 'admin';

/**
 * Every channel's access, declared once: the core's dispatch refuses by it, the screens disable by it,
 * and the test that tries every channel with every role reads it. A new channel must be added here or
 * the typecheck fails.
 */
export const access: Record<ChannelName, Access> = {
  // Sign-in and lock: before anyone is signed in, and while the screen is locked.
  'session.current': 'public',
  'session.people': 'public',
  'session.signIn': 'public',
  'session.firstRun': 'public',
  'session.lock': 'public',
  'session.unlock': 'public',
  'session.signOut': 'public',
  'session.stillHere': desk,
  'session.changePin': desk,
  // The header's badge asks every few seconds, also behind the lock; it says nothing about records.
  'connection.status': 'public',
  // The office's name and this PC's letter size, which the sign-in screen shows too; no personal data.
  'settings.get': 'public',
  'settings.save': admin,

  'departments.list': desk,
  'departments.save': admin,
  'staff.list': desk,
  'staff.save': admin,
  'staff.import': admin,
  'staff.setRole': admin,
  'staff.setPin': admin,
  'staff.accountEvents': admin,

  'loans.wheelchairs': desk,
  'loans.saveWheelchair': desk,
  'loans.setWheelchairStatus': desk,
  'loans.wheelchairHistory': desk,
  'loans.board': desk,
  'loans.lend': desk,
  'loans.return': desk,
  'loans.extend': desk,
  'loans.detail': desk,
  'loans.borrowerHistory': desk,
  'loans.ledger': desk,
  'loans.exportLedger': desk,
  'loans.printLedger': desk,
  'loans.revealPersonalData': desk,
  'loans.printHandover': desk,
  'loans.overdue': desk,
  'loans.recordContact': desk,
  'loans.figures': desk,

  'interpretation.requests.list': desk,
  'interpretation.requests.export': desk,
  'interpretation.requests.save': desk,
  'interpretation.requests.cancel': desk,
  'interpretation.requests.delete': desk,
  'interpretation.day': desk,
  'interpretation.bookings': desk,
  'interpretation.defaults': desk,
  'interpretation.methods.list': desk,
  'interpretation.methods.save': desk,
  'interpretation.methods.delete': desk,
  'interpretation.interpreters.list': desk,
  'interpretation.interpreters.save': desk,
  'interpretation.figures': desk,

  'guides.helpers': desk,
  'guides.saveHelper': desk,
  'guides.shifts': desk,
  'guides.monthSummary': desk,
  'guides.monthlyFigures': desk,
  'guides.saveShift': desk,
  'guides.moveShift': desk,
  'guides.swapShifts': desk,
  'guides.setShiftStatus': desk,
  'guides.deleteShift': desk,
  'guides.previewPattern': desk,
  'guides.applyPattern': desk,
  'guides.exportMonth': desk,

  // The 팀장 runs the trainings and healing programs; everyone sees them.
  'trainings.list': desk,
  'trainings.get': desk,
  'trainings.save': teamLead,
  'trainings.delete': teamLead,
  'trainings.recordAttendance': teamLead,
  'trainings.recordHeadCounts': teamLead,
  'trainings.yearLine': desk,
  'trainings.coverage': desk,
  'trainings.setFrontline': teamLead,
  'trainings.sessionsBetween': desk,
  'healing.list': desk,
  'healing.get': desk,
  'healing.save': teamLead,
  'healing.delete': teamLead,
  'healing.addPhoto': teamLead,
  'healing.captionPhoto': teamLead,
  'healing.removePhoto': teamLead,
  'healing.photo': desk,
  'healing.yearLine': desk,
  'healing.programsBetween': desk,

  // Anyone takes in a nomination; the 팀장 sets the rules, rates, picks, confirms and unlocks.
  'kindness.config': desk,
  'kindness.saveSourceWeights': teamLead,
  'kindness.saveCriterion': teamLead,
  'kindness.saveRules': teamLead,
  'kindness.nominations': desk,
  'kindness.saveNomination': desk,
  'kindness.deleteNomination': desk,
  'kindness.board': desk,
  'kindness.rate': teamLead,
  'kindness.pick': teamLead,
  'kindness.unpick': teamLead,
  'kindness.confirmMonth': teamLead,
  'kindness.unlockMonth': teamLead,
  'kindness.history': desk,
  'kindness.yearLine': desk,
  'kindness.monthSummary': desk,
  'kindness.announcement': desk,
  'kindness.exportAnnouncement': desk,

  'pledge.cards': desk,
  'pledge.saveCard': desk,
  'pledge.section': desk,
  'pledge.printable': desk,
  'pledge.saveLayout': desk,
  'pledge.saveNote': desk,
  'pledge.deleteNote': desk,
  'pledge.certifications': desk,
  'pledge.nextCertification': desk,
  'pledge.saveCertification': desk,
  'pledge.deleteCertification': desk,
  'pledge.awards': desk,
  'pledge.saveAward': desk,
  'pledge.deleteAward': desk,
  'pledge.communications': desk,
  'pledge.saveCommunication': desk,
  'pledge.deleteCommunication': desk,
  'pledge.budget': desk,
  'pledge.saveBudget': desk,
  'pledge.references': desk,
  'pledge.addPhoto': desk,
  'pledge.citePress': desk,
  'pledge.moveReference': desk,
  'pledge.removeReference': desk,
  'pledge.exportHwpx': desk,
  'pledge.exportDocx': desk,
  'pledge.exportXlsx': desk,
  'pledge.exportPdf': desk,

  // 접속기록 점검: the 관리자 checks, month by month, who saw visitors' personal data.
  'privacy.accessRecords': admin,
  'privacy.reviewMonth': admin,

  // Backups hold every record: only the 관리자 makes, restores or moves them.
  'backup.list': admin,
  'backup.now': admin,
  'backup.restore': admin,
  'backup.setCopyFolder': admin,
  'backup.exportForMove': admin,
  'backup.importFromFile': admin,
  'backup.choosePath': admin,
  'dataLocation.get': admin,
  'dataLocation.test': admin,
  'dataLocation.use': admin,
  'dataLocation.moveToServer': admin,

  // Entries this desk kept while the office server was gone: the desk's own work.
  'outbox.list': desk,
  'outbox.retry': desk,
  'outbox.discard': desk,
  // Bringing in the office's own ledgers and earlier totals: anyone may look, a 팀장 saves them.
  'imports.read': desk,
  'imports.template': desk,
  'imports.batches': desk,
  'imports.sourcesOf': desk,
  'imports.save': teamLead,
  'earlierTotals.list': desk,
  'earlierTotals.save': teamLead,
  'earlierTotals.delete': teamLead,
  // The desk's own fixes: finding an open loan, a duplicate booking's question, and undoing its last entry within 10 minutes.
  'loans.findOpen': desk,
  'loans.undoLend': desk,
  'loans.undoReturn': desk,
  'interpretation.requests.duplicates': desk,
  'interpretation.requests.undo': desk,
};

export const SIGN_IN_FIRST = '먼저 로그인하세요. 이름을 고르고 PIN을 입력합니다.';
export const SCREEN_LOCKED = '화면이 잠겨 있습니다. PIN을 입력해 잠금을 푸세요.';

/** Why `role` may not use a channel of level `needed`, in the words the desk reads; null when it may. */
export function roleRefusal(needed: Access, role: Role | null): string | null {
  if (needed === 'public') return null;
  if (role === null) return SIGN_IN_FIRST;
  if (roleIncludes(role, needed)) return null;
  return needed === 'admin'
    ? `관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 ${roleLabel[role]}입니다.`
    : `${roleLabel[needed]} 또는 관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 ${roleLabel[role]}입니다.`;
}
