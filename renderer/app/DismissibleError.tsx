/**
 * A message under the control that failed, read out when it appears, which stays until the person
 * dismisses it or their next try replaces it.
 */
export function DismissibleError({ message, onDismiss, testId }: { message: string; onDismiss: () => void; testId?: string }) {
  return (
    <div className="inline-error inline-error--dismissible" data-testid={testId}>
      <p role="alert">{message}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
