import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface ModalProps {
  readonly open: boolean;
  /** Shown as the dialog's heading and named by aria-labelledby. */
  readonly title: ReactNode;
  /** Escape (the native "cancel") calls this; the parent closes by setting `open` false. */
  readonly onCancel: () => void;
  /** When given, the heading and the content sit in one <form> with this submit handler. */
  readonly onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * The one modal of the interface, on the native <dialog>: showModal() gives the focus trap,
 * the backdrop and role="dialog" for free. `open` drives showModal/close so the parent owns
 * the state; Escape is routed to onCancel instead of closing behind React's back.
 */
export function Modal({ open, title, onCancel, onSubmit, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const heading = <h2 id={titleId}>{title}</h2>;
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {onSubmit ? (
        <form onSubmit={onSubmit}>
          {heading}
          {children}
        </form>
      ) : (
        <>
          {heading}
          {children}
        </>
      )}
    </dialog>
  );
}
