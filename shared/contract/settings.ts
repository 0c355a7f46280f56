import { z } from 'zod';
import { settingsChanges, type Settings } from '../settings';
import { command, query } from './channel';
import { id, noInput } from './fields';

export const settingsContract = {
  'settings.get': query<Settings>()(noInput),
  /** Partial: the page sends only what it changed; unknown keys are refused. */
  'settings.save': command<Settings>()(settingsChanges),
};

export const sessionContract = {
  /** Who is at this PC: picked from the staff list, kept per PC user, switchable from the header. */
  'session.current': query<{ staffId: number | null; name: string | null; departmentName: string | null }>()(noInput),
  'session.switch': command<{ staffId: number | null; name: string | null; departmentName: string | null }>()(
    z.strictObject({ staffId: id('직원').nullable() }),
  ),
};
