/**
 * Testing Library's role queries ask for the computed style of every candidate and of each of
 * its ancestors (is it hidden?). jsdom keeps a style per element only as a template: each call
 * gives out a new copy, and each property read from it is worked out again, an inherited one
 * (visibility) from every ancestor up to the root. On the plan screen (a hundred text fields,
 * each some fifteen elements deep) one `getByRole('textbox', { name })` asks thousands of times.
 *
 * This gives out the same style for an element, remembering each property read from it, until
 * anything in the document changes (any mutation, read synchronously with `takeRecords`, so a
 * query straight after a change sees it), as a browser keeps it until a change invalidates it.
 * jsdom's computed style depends only on the document (its elements, attributes, inline styles
 * and style elements), so what a query finds is what it found before: only the speed changes
 * (5 % of the Vitest stage).
 */
/** Each element's styles given out since the document last changed, by pseudo-element ('' for none). */
let computed = new Map<Element, Map<string, CSSStyleDeclaration>>();

const changes = new MutationObserver(() => forget());
changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

function forget(): void {
  computed = new Map();
}

/**
 * jsdom's computed style works a property out when it is read, and an inherited one (visibility)
 * from every ancestor up to the root, each time: the declaration given out remembers each value
 * read, until the document changes and the declaration is forgotten.
 */
function remembering(style: CSSStyleDeclaration): CSSStyleDeclaration {
  const values = new Map<PropertyKey, unknown>();
  const byName = new Map<string, string>();
  const getPropertyValue = (name: string): string => {
    let value = byName.get(name);
    if (value === undefined) {
      value = style.getPropertyValue(name);
      byName.set(name, value);
    }
    return value;
  };
  return new Proxy(style, {
    get(target, property) {
      if (property === 'getPropertyValue') return getPropertyValue;
      if (values.has(property)) return values.get(property);
      let value: unknown = Reflect.get(target, property, target);
      if (typeof value === 'function') value = (value as (...args: unknown[]) => unknown).bind(target);
      values.set(property, value);
      return value;
    },
  });
}

const view = document.defaultView!;
/** jsdom's own, kept so that a test can hold the two to the same answers. */
export const jsdomGetComputedStyle = view.getComputedStyle.bind(view);

function getComputedStyle(element: Element, pseudo?: string | null): CSSStyleDeclaration {
  // Only what the observer sees: an element in this document (a detached one changes unseen).
  if (!element.isConnected || element.ownerDocument !== document) return jsdomGetComputedStyle(element, pseudo);
  if (changes.takeRecords().length > 0) forget();
  const key = pseudo ?? '';
  let styles = computed.get(element);
  const known = styles?.get(key);
  if (known !== undefined) return known;
  const style = remembering(jsdomGetComputedStyle(element, pseudo));
  if (styles === undefined) {
    styles = new Map();
    computed.set(element, styles);
  }
  styles.set(key, style);
  return style;
}

view.getComputedStyle = getComputedStyle;
globalThis.getComputedStyle = getComputedStyle;
