import { useAppStore } from '../store';
import { MESSAGES, type Messages } from './index';

/** The UI strings in the planner's chosen language. */
export function useMessages(): Messages {
  return MESSAGES[useAppStore((state) => state.ui.locale)];
}
