import { useToastStore } from '../stores/toastStore.ts';

/** Where toasts appear; announced politely to screen readers, errors assertively. */
export function ToastArea() {
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  return (
    <div className="toast-area" aria-live="polite" aria-relevant="additions text" data-testid="toasts">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast--${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
          <span className="toast__message">{t.message}</span>
          {t.action && (
            <button
              type="button"
              className="button button--small toast__action"
              onClick={() => {
                // Start the action before the toast goes, so its onClose sees the action already under way.
                try {
                  void t.action?.run();
                } finally {
                  dismiss(t.id);
                }
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
