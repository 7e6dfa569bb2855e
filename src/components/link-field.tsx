import { useId, useLayoutEffect, useRef } from 'react';
import './link-field.css';

/**
 * A link in a read-only field, focused and selected for copying by hand: where the clipboard
 * refuses a share link (an insecure page, a denied permission).
 */
/** `className` places the field on its screen; the field's own look is in link-field.css. */
export function LinkField({ url, label, className }: { readonly url: string; readonly label: string; readonly className: string }) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  // In the commit that shows it, so the focus never lags behind the message beside it.
  useLayoutEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [url]);
  return (
    <div className={`link-field ${className}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input ref={ref} id={id} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
    </div>
  );
}
