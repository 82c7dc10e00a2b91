/**
 * What a form's last action came to: a quiet status when it worked, an alert when it did not (a
 * screen reader says either without the focus moving).
 */
export function FormMessage({
  message,
}: {
  readonly message: { readonly ok: boolean; readonly text: string } | null;
}) {
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'banner error'}>
      {message.text}
    </p>
  );
}
