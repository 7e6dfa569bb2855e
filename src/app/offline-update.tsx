/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { UpdatePrompt } from './update-prompt';

/**
 * The service worker's registration and its update prompt: a chunk of its own, loaded by the
 * shell after the first paint and only in the built app (README "Offline use and updates").
 */
export function OfflineUpdate() {
  return <UpdatePrompt register={registerSW} />;
}
