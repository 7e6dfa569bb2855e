import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/lib/after-paint';

/** Animation frames the test fires by hand: the browser's next frame. */
function stubFrames(): { fire: () => void } {
  let pending: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    pending.push(callback);
    return pending.length;
  });
  return {
    fire: () => {
      const now = pending;
      pending = [];
      now.forEach((callback) => callback(0));
    },
  };
}

/** Waits for the message posted from the animation frame to be delivered. */
const nextMessage = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('given two callbacks registered before a frame, then neither runs before the frame and both run, in order, after it', async () => {
    const frames = stubFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('first'));
    afterNextPaint(() => ran.push('second'));
    await nextMessage();
    expect(ran).toEqual([]);
    frames.fire();
    await nextMessage();
    expect(ran).toEqual(['first', 'second']);
  });

  it('given a callback cancelled before the frame, then it does not run and the others still do', async () => {
    const frames = stubFrames();
    const ran: string[] = [];
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    afterNextPaint(() => ran.push('kept'));
    cancel();
    frames.fire();
    await nextMessage();
    expect(ran).toEqual(['kept']);
  });

  it('given a page that paints no frame (hidden), then the callbacks run after 100 ms', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stubFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('late'));
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['late']);
  });

  it('given a callback registered while the last frame’s callbacks run, then it waits for the frame after', async () => {
    const frames = stubFrames();
    const ran: string[] = [];
    afterNextPaint(() => {
      ran.push('first');
      afterNextPaint(() => ran.push('next frame'));
    });
    frames.fire();
    await nextMessage();
    expect(ran).toEqual(['first']);
    frames.fire();
    await nextMessage();
    expect(ran).toEqual(['first', 'next frame']);
  });
});
