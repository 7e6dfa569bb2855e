import { formatter, type Formatter } from '../lib/format';
import { useAppStore } from '../store';

/** Numbers, money and months formatted for the planner's chosen language. */
export function useFormat(): Formatter {
  return formatter(useAppStore((state) => state.ui.locale));
}
