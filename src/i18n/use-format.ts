import { formatter, type Formatter } from '../lib/format';
import type { Locale } from '../lib/locale';
import { useAppStore } from '../store';

/** Numbers, money and months formatted for the planner's chosen language. */
export function useFormat(): Formatter {
  return formatter(useAppStore((state) => state.ui.locale));
}

/** The planner's chosen language, for components that format by it (the charts' formatters). */
export function useLocale(): Locale {
  return useAppStore((state) => state.ui.locale);
}
