/** The Fullscreen API where the browser has it; the meeting mode works without it. */
export const canFullscreen = (): boolean => typeof document !== 'undefined' && document.fullscreenEnabled === true;

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

export function enterFullscreen(element: HTMLElement): void {
  if (canFullscreen()) element.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (isFullscreen()) document.exitFullscreen().catch(() => undefined);
}
