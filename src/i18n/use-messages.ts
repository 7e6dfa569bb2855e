import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store';
import { bokmalMessages, loadMessages, loadedMessages, subscribeMessages, type Messages } from './index';

/**
 * The UI strings in the planner's chosen language (bokmål where a string is not yet translated,
 * and while a language is still loading).
 */
export function useMessages(): Messages {
  const locale = useAppStore((state) => state.ui.locale);
  const messages = useSyncExternalStore(subscribeMessages, () => loadedMessages(locale));
  useEffect(() => {
    if (messages === undefined) loadMessages(locale).catch(() => undefined);
  }, [locale, messages]);
  return messages ?? bokmalMessages();
}
