import { describe, expect, it } from 'vitest';
import { jsdomGetComputedStyle } from '../jsdom-styles';

const PROPERTIES = ['display', 'visibility', 'pointer-events'] as const;

/** What the kept style and jsdom's own say of each property of `element`. */
function both(element: Element) {
  const kept = window.getComputedStyle(element);
  const own = jsdomGetComputedStyle(element);
  return PROPERTIES.map((p) => [p, kept.getPropertyValue(p), own.getPropertyValue(p)] as const);
}

describe('computed styles kept in the component tests', () => {
  it('given a change to the document straight before the question, then the style given is jsdom’s own for the document as it is now', () => {
    const outer = document.createElement('div');
    outer.innerHTML = '<section id="s"><p id="p"><span id="t">text</span></p></section>';
    document.body.append(outer);
    const span = outer.querySelector('#t')!;
    const section = outer.querySelector('#s') as HTMLElement;
    const same = () => {
      for (const [p, kept, own] of both(span)) expect(kept, p).toBe(own);
    };
    same();
    expect(window.getComputedStyle(span).getPropertyValue('visibility')).toBe('visible');
    // No await between the change and the question: the kept style must see it at once.
    section.style.visibility = 'hidden';
    same();
    expect(window.getComputedStyle(span).getPropertyValue('visibility')).toBe('hidden');
    section.removeAttribute('style');
    span.setAttribute('hidden', '');
    same();
    expect(window.getComputedStyle(span).display).toBe('none');
    span.removeAttribute('hidden');
    (span as HTMLElement).style.pointerEvents = 'none';
    same();
    expect(window.getComputedStyle(span).pointerEvents).toBe('none');
    const style = document.createElement('style');
    style.textContent = '#p { display: none }';
    document.head.append(style);
    expect(window.getComputedStyle(outer.querySelector('#p')!).display).toBe('none');
    style.remove();
    expect(window.getComputedStyle(outer.querySelector('#p')!).display).toBe('block');
    outer.remove();
  });

  it('given an element outside the document, then its style is jsdom’s own each time', () => {
    const detached = document.createElement('div');
    expect(window.getComputedStyle(detached).display).toBe(jsdomGetComputedStyle(detached).display);
    detached.style.display = 'inline';
    expect(window.getComputedStyle(detached).display).toBe(jsdomGetComputedStyle(detached).display);
  });
});
