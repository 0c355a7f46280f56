import type { Db } from '../db/schema';
import { staffRepository, type StaffRepository } from '../staff/staffRepository';
import { kindnessConfigRepository, type KindnessConfigRepository } from './kindnessConfigRepository';
import { nominationRepository, type NominationRepository } from './nominationRepository';
import { pickRepository, type PickRepository } from './pickRepository';

export interface KindnessRepos {
  config: KindnessConfigRepository;
  nominations: NominationRepository;
  picks: PickRepository;
  staff: StaffRepository;
}

/** Every repository the area reads and writes, on one connection or one transaction. */
export const kindnessRepos = (db: Db): KindnessRepos => ({
  config: kindnessConfigRepository(db),
  nominations: nominationRepository(db),
  picks: pickRepository(db),
  staff: staffRepository(db),
});
