import { create } from 'zustand';
import type { HouseRulesInfo } from '@shared/api/contract.ts';
import type { HouseRules } from '@shared/story/houseRules.ts';
import { DEFAULT_HOUSE_RULES } from '@shared/story/defaultHouseRules.ts';
import { api } from '../../api/client.ts';
import { describeError } from '../../stores/describeError.ts';
import { showToast } from '../../stores/toastStore.ts';

interface HouseRulesState {
  info: HouseRulesInfo | null;
  /** Why the rules could not be asked for at all (the host failed); the defaults are in force. */
  loadError: string | null;
}

/** The house rules in force for the checks: read from the host when the Checks tab or export dialog opens. */
export const useHouseRulesStore = create<HouseRulesState>()(() => ({ info: null, loadError: null }));

let lastToldBroken = '';

/** The rules to check with now: the loaded ones, or the defaults while they load or when they are broken. */
export function currentHouseRules(): HouseRules {
  return useHouseRulesStore.getState().info?.rules ?? DEFAULT_HOUSE_RULES;
}

/**
 * Reads the house rules again (the desk may have changed its shared file). A broken file is
 * reported once per distinct problem in a toast as well as in the Checks tab; the defaults apply.
 */
export async function loadHouseRules(): Promise<HouseRules> {
  try {
    const info = await api.getHouseRules({});
    useHouseRulesStore.setState({ info, loadError: null });
    if (info.status === 'broken') {
      const key = `${info.file}\n${info.problems.join('\n')}`;
      if (key !== lastToldBroken) {
        lastToldBroken = key;
        showToast({ kind: 'error', message: `The house rules in ${info.file} could not be used: ${info.problems.join('; ')}. The default rules apply.` });
      }
    }
    return info.rules;
  } catch (error) {
    useHouseRulesStore.setState({ loadError: `The house rules could not be read (${describeError(error)}); the default rules apply.` });
    return DEFAULT_HOUSE_RULES;
  }
}
