import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'success' | 'error';
  action: ToastAction | null;
  onClose: (() => void) | null;
}

export interface ToastInput {
  message: string;
  kind?: Toast['kind'];
  action?: ToastAction;
  /** How long it stays (ms); errors stay until dismissed by default. */
  timeoutMs?: number | null;
  /** Runs once when the toast goes, however it goes (timeout, Dismiss, its action, or pushed out). */
  onClose?: () => void;
}

interface ToastStoreState {
  toasts: Toast[];
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short messages at the bottom of the window, some with an action such as Undo. */
export const useToastStore = create<ToastStoreState>()((set, get) => ({
  toasts: [],
  show: ({ message, kind = 'info', action, timeoutMs, onClose }) => {
    const id = nextId++;
    const toast: Toast = { id, message, kind, action: action ?? null, onClose: onClose ?? null };
    const pushedOut = get().toasts.slice(0, -4);
    set((s) => ({ toasts: [...s.toasts.slice(-4), toast] }));
    for (const t of pushedOut) t.onClose?.();
    const timeout = timeoutMs === undefined ? (kind === 'error' ? null : action ? 10_000 : 5_000) : timeoutMs;
    if (timeout !== null) setTimeout(() => get().dismiss(id), timeout);
    return id;
  },
  dismiss: (id) => {
    const toast = get().toasts.find((t) => t.id === id);
    if (!toast) return;
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    toast.onClose?.();
  },
}));

/** Shorthand for showing a toast from outside React. */
export function showToast(toast: ToastInput): number {
  return useToastStore.getState().show(toast);
}

/** Removes a toast now (running its onClose), if it is still showing. */
export function dismissToast(id: number): void {
  useToastStore.getState().dismiss(id);
}
