/**
 * jsdom finds a label's control by walking the whole tree (`HTMLLabelElement.control`) and a
 * field's labels by walking it again for every element (`labels`): each lookup is quadratic in
 * the page. Testing Library names every text field that way in `getByRole('textbox', { name })`,
 * which on the plan screen (about 1 900 elements, a hundred labels) took seconds per query and
 * most of the component tests' time.
 *
 * This puts the same rules of the HTML standard in place with the document's id lookup: a label
 * with `for` labels the element with that id if it is labelable; a label without it labels its
 * first labelable descendant; a field's labels are the labels whose control it is, in tree
 * order. Only the speed changes: what a query finds is what it found before.
 */

/** Labelable elements (HTML § 4.10.2); the app has no form-associated custom elements. */
const LABELABLE = new Set(['BUTTON', 'INPUT', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA']);

const isLabelable = (element: Element): boolean =>
  element.namespaceURI === 'http://www.w3.org/1999/xhtml' && LABELABLE.has(element.tagName) && !(element.tagName === 'INPUT' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden');

/** The first element in tree order under `root` (itself excluded) that passes `test`. */
function firstBelow(root: Element, test: (element: Element) => boolean): Element | null {
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (test(child)) return child;
    const below = firstBelow(child, test);
    if (below !== null) return below;
  }
  return null;
}

/** The element with this id in the tree of `node`: the document's lookup when it is in one. */
function byId(node: Node, id: string): Element | null {
  const root = node.getRootNode();
  if (root instanceof Document || root instanceof DocumentFragment) return root.getElementById(id);
  if (!(root instanceof Element)) return null;
  return root.id === id ? root : firstBelow(root, (element) => element.id === id);
}

function controlOf(label: HTMLLabelElement): Element | null {
  const forValue = label.getAttribute('for');
  if (forValue === null) return firstBelow(label, isLabelable);
  if (forValue === '') return null;
  const target = byId(label, forValue);
  return target !== null && isLabelable(target) ? target : null;
}

/**
 * The document's labels by their `for`, kept until anything in the document changes (any
 * mutation, read synchronously with `takeRecords`, so a query straight after a change sees it):
 * Testing Library asks for the labels of every text field in each query, and a walk over all
 * labels for each field made that quadratic.
 */
let labelsByFor: Map<string, HTMLLabelElement[]> | null = null;
const changes = new MutationObserver(() => {
  labelsByFor = null;
});
changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

function labelsNaming(root: Node, id: string): HTMLLabelElement[] {
  if (root !== document) {
    const all = root instanceof Element || root instanceof DocumentFragment ? root.querySelectorAll('label') : [];
    return Array.from(all).filter((label) => label.getAttribute('for') === id);
  }
  if (changes.takeRecords().length > 0) labelsByFor = null;
  if (labelsByFor === null) {
    const byFor = new Map<string, HTMLLabelElement[]>();
    // A static list: each index of jsdom's live HTMLCollection goes through a proxy that first looks for an element named so.
    for (const label of document.querySelectorAll('label')) {
      const forValue = label.getAttribute('for');
      if (forValue !== null) byFor.set(forValue, [...(byFor.get(forValue) ?? []), label]);
    }
    labelsByFor = byFor;
  }
  return labelsByFor.get(id) ?? [];
}

/** The labels whose control `element` is, in tree order: those naming its id, and those around it. */
function labelsOf(element: HTMLElement): HTMLLabelElement[] | null {
  if (!isLabelable(element)) return null;
  const labels: HTMLLabelElement[] = [];
  if (element.id !== '') {
    for (const label of labelsNaming(element.getRootNode(), element.id)) if (controlOf(label) === element) labels.push(label);
  }
  for (let up = element.parentElement; up !== null; up = up.parentElement) {
    if (up instanceof HTMLLabelElement && !up.hasAttribute('for') && controlOf(up) === element) labels.push(up);
  }
  return labels.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

const FIELD_TYPES = [HTMLInputElement, HTMLButtonElement, HTMLSelectElement, HTMLTextAreaElement, HTMLMeterElement, HTMLOutputElement, HTMLProgressElement];

/** jsdom's own getters, kept so that a test can hold the two to the same answers. */
export const jsdomControl = Object.getOwnPropertyDescriptor(HTMLLabelElement.prototype, 'control')?.get;
const ownLabels = new Map<object, (() => unknown) | undefined>(FIELD_TYPES.map((type) => [type.prototype as object, Object.getOwnPropertyDescriptor(type.prototype, 'labels')?.get]));
export function jsdomLabels(field: HTMLElement): NodeListOf<HTMLLabelElement> | null {
  return ownLabels.get(Object.getPrototypeOf(field) as object)?.call(field) as NodeListOf<HTMLLabelElement> | null;
}

Object.defineProperty(HTMLLabelElement.prototype, 'control', {
  configurable: true,
  get(this: HTMLLabelElement) {
    return controlOf(this);
  },
});

for (const type of FIELD_TYPES) {
  Object.defineProperty(type.prototype, 'labels', {
    configurable: true,
    get(this: HTMLElement) {
      return labelsOf(this);
    },
  });
}
