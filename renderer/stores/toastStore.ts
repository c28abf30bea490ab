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
}

export interface ToastInput {
  message: string;
  kind?: Toast['kind'];
  action?: ToastAction;
  /** How long it stays (ms); errors stay until dismissed by default. */
  timeoutMs?: number | null;
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
  show: ({ message, kind = 'info', action, timeoutMs }) => {
    const id = nextId++;
    const toast: Toast = { id, message, kind, action: action ?? null };
    set((s) => ({ toasts: [...s.toasts.slice(-4), toast] }));
    const timeout = timeoutMs === undefined ? (kind === 'error' ? null : action ? 10_000 : 5_000) : timeoutMs;
    if (timeout !== null) setTimeout(() => get().dismiss(id), timeout);
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Shorthand for showing a toast from outside React. */
export function showToast(toast: ToastInput): number {
  return useToastStore.getState().show(toast);
}
