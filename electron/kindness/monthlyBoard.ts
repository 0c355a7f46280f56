import type { KindnessBoard, KindnessBoardEntry, KindnessFlag, KindnessNomination } from '../../shared/contract/kindness';
import { byScore, departmentFlag, inactiveFlag, nominationScore, ratingScore, recentPickFlag } from './boardRules';
import { sourcesWithWeights } from './kindnessConfigRepository';
import { addMonths } from '../../shared/dateRange';
import type { KindnessRepos } from './kindnessRepos';

/**
 * The team lead's monthly board: every nominee of the month with their nominations, ratings,
 * score and the rules' flags, highest score first. Flags are worked out only for people not yet
 * picked: they say why picking them now would break a rule.
 */
export async function monthlyBoard(repos: KindnessRepos, month: string): Promise<KindnessBoard> {
  const criteria = await repos.config.criteria();
  const weights = await repos.config.sourceWeights();
  const rules = await repos.config.rules();
  const picks = await repos.picks.byMonth(month);
  const earlierPicks = rules.recentMonths > 0 ? await repos.picks.between(addMonths(month, -rules.recentMonths), addMonths(month, -1)) : [];
  const staff = new Map((await repos.staff.listStaff(true)).map((s) => [s.id, s]));

  const nominationsOf = new Map<number, KindnessNomination[]>();
  for (const n of await repos.nominations.byMonth(month)) nominationsOf.set(n.staffId, [...(nominationsOf.get(n.staffId) ?? []), n]);
  const ratingsOf = new Map<number, { criterionId: number; rating: number }[]>();
  for (const r of await repos.nominations.ratings(month)) {
    ratingsOf.set(r.staff_id, [...(ratingsOf.get(r.staff_id) ?? []), { criterionId: r.criterion_id, rating: r.rating }]);
  }

  const entries: KindnessBoardEntry[] = [...nominationsOf].map(([staffId, nominations]) => {
    const person = staff.get(staffId)!;
    const pick = picks.find((p) => p.staff_id === staffId);
    const ratings = ratingsOf.get(staffId) ?? [];
    const fromNominations = nominationScore(nominations, weights);
    const fromRatings = ratingScore(ratings, criteria);
    const flags: KindnessFlag[] = pick
      ? []
      : [
          recentPickFlag(month, rules.recentMonths, earlierPicks.filter((p) => p.staff_id === staffId)),
          departmentFlag(picks.filter((p) => p.department_id === person.departmentId).length, rules.maxPerDepartment),
          inactiveFlag(person.active),
        ].filter((f): f is KindnessFlag => f !== null);
    return {
      staffId,
      name: person.name,
      departmentName: pick ? pick.department_name : person.departmentName,
      position: pick ? pick.position : person.position,
      nominations,
      ratings,
      nominationScore: fromNominations,
      ratingScore: fromRatings,
      score: fromNominations + fromRatings,
      flags,
      pick: pick
        ? {
            reason: pick.reason,
            departmentName: pick.department_name,
            position: pick.position,
            pickedByName: pick.picked_by_name,
            exception: pick.rule_exception,
          }
        : null,
    };
  });

  return {
    month,
    state: await repos.picks.monthState(month),
    criteria: criteria.filter((c) => c.active),
    sources: sourcesWithWeights(weights),
    rules,
    entries: entries.sort(byScore),
  };
}
