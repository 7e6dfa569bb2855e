import { describe, expect, it } from 'vitest';
import { jsdomControl, jsdomLabels } from '../jsdom-labels';

/** A page with every way a label names a field, and the ways it names none. */
function page(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <label id="l1" for="a">A</label><input id="a">
    <label id="l2">B <input id="b"><input id="b2"></label>
    <label id="l3" for="h">hidden</label><input id="h" type="hidden">
    <label id="l4" for="">empty</label>
    <label id="l5" for="missing">missing</label>
    <label id="l6" for="d">to a div</label><div id="d"></div>
    <label id="l7" for="a">A again</label>
    <label id="l8"><span>C</span><select id="c"></select></label>
    <label id="l9" for="a"><input id="inner"></label>
    <textarea id="t"></textarea><button id="btn">x</button><div id="plain"></div>`;
  return root;
}

describe('label lookups in the component tests', () => {
  it.each([
    ['in the document', true],
    ['detached', false],
  ])('given labels %s, then each label’s control and each field’s labels are jsdom’s own', (_, attached) => {
    const root = page();
    if (attached) document.body.append(root);
    const ids = (labels: ArrayLike<Element> | null) => (labels === null ? null : Array.from(labels, (l) => l.id));
    for (const label of root.querySelectorAll('label')) {
      expect(label.control?.id ?? null, label.id).toBe((jsdomControl?.call(label) as HTMLElement | null)?.id ?? null);
    }
    for (const field of root.querySelectorAll('input, select, textarea, button')) {
      expect(ids((field as HTMLInputElement).labels), field.id).toEqual(ids(jsdomLabels(field as HTMLElement)));
    }
    expect(ids((root.querySelector('#a') as HTMLInputElement).labels)).toEqual(['l1', 'l7', 'l9']);
    expect(ids((root.querySelector('#b') as HTMLInputElement).labels)).toEqual(['l2']);
    expect(ids((root.querySelector('#b2') as HTMLInputElement).labels)).toEqual([]);
    root.remove();
  });

  it('given a field’s labels read, when a label for it is added, another’s `for` changed and one removed, then the next read sees each change at once', () => {
    const root = page();
    document.body.append(root);
    const a = root.querySelector('#a') as HTMLInputElement;
    const ids = () => Array.from(a.labels ?? [], (l) => l.id);
    expect(ids()).toEqual(['l1', 'l7', 'l9']);
    const added = document.createElement('label');
    added.id = 'l10';
    added.htmlFor = 'a';
    root.append(added);
    expect(ids()).toEqual(['l1', 'l7', 'l9', 'l10']);
    root.querySelector('#l5')?.setAttribute('for', 'a');
    expect(ids()).toEqual(['l1', 'l5', 'l7', 'l9', 'l10']);
    root.querySelector('#l1')?.remove();
    expect(ids()).toEqual(['l5', 'l7', 'l9', 'l10']);
    expect(ids()).toEqual(Array.from(jsdomLabels(a) ?? [], (l) => l.id));
    root.remove();
  });
});
