import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { matchesKoreanQuery } from '../../shared/korean/search';

const filterItems = (items: ComboboxParsedItem[], search: string): ComboboxParsedItem[] =>
  items.flatMap((o): ComboboxParsedItem[] => {
    if ('group' in o) {
      const inGroup = filterItems(o.items, search) as ComboboxItem[];
      return inGroup.length ? [{ ...o, items: inGroup }] : [];
    }
    return matchesKoreanQuery(o.label, search) ? [o] : [];
  });

/** List filtering the desk's way: anywhere in the label, or by 초성 ("ㅂㅌ" finds 베트남어). */
export const koreanFilter: OptionsFilter = ({ options, search }) => filterItems(options, search);
