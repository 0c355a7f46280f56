import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { matchesKoreanQuery } from '../../shared/korean/search';

/** A Select's search that also finds by 초성: "ㅎㄱㄷ" finds 홍길동. */
export const koreanFilter: OptionsFilter = ({ options, search }) => (options as ComboboxItem[]).filter((o) => matchesKoreanQuery(o.label, search));
