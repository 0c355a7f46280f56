import { Text } from '@mantine/core';
import type { Interpreter } from '../../shared/contract/interpretation';
import { languageLabel, type LanguageCode } from '../../shared/interpretationLanguages';

const levelIn = (i: Interpreter, language: LanguageCode) => i.languages.find((l) => l.language === language)?.level ?? '';

/** Who on the roster speaks the chosen language, the most fluent first: the desk calls them before a phone line. */
export function InterpreterSuggestions({ language, interpreters }: { language: LanguageCode; interpreters: Interpreter[] | null }) {
  if (!interpreters) return null;
  const label = languageLabel(language);
  return (
    <Text size="sm" c={interpreters.length ? undefined : 'dimmed'} aria-live="polite">
      {interpreters.length
        ? `${label} 가능 특약관: ${interpreters.map((i) => `${i.name}(${levelIn(i, language)}${i.availability ? `, ${i.availability}` : ''})`).join(' · ')}`
        : `${label} 가능 특약관이 명단에 없습니다. 전화 통역(1345 등)을 이용하세요.`}
    </Text>
  );
}

/** The interpreter list with the people who speak the language on top. */
export function interpreterOptions(
  language: LanguageCode,
  suggested: Interpreter[] | null,
  staff: { value: string; label: string }[],
) {
  const top = (suggested ?? []).map((i) => ({ value: String(i.staffId), label: `${i.name} (${languageLabel(language)} ${levelIn(i, language)})` }));
  const rest = staff.filter((s) => !top.some((t) => t.value === s.value));
  return top.length ? [{ group: `${languageLabel(language)} 가능 특약관`, items: top }, { group: '그 밖의 직원', items: rest }] : rest;
}
