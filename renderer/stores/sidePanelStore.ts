import { create } from 'zustand';

export type SidePanelTab = 'details' | 'rails' | 'pictures' | 'checks' | 'history';

interface SidePanelState {
  tab: SidePanelTab;
  setTab: (tab: SidePanelTab) => void;
}

/** Which tab of the story's side panel is showing; a jump to a rail item switches it to the rails. */
export const useSidePanelStore = create<SidePanelState>()((set) => ({
  tab: 'details',
  setTab: (tab) => set({ tab }),
}));
