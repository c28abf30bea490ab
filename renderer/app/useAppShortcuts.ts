import { useEffect } from 'react';
import { hostBridge } from '../api/client.ts';
import { flushActiveStory } from '../stores/activeStory.ts';
import { IS_MAC } from './isMacPlatform.ts';
import { runMenuCommand } from './runMenuCommand.ts';
import { shortcutCommand } from './shortcutCommand.ts';

/** Wires the native menu, in-app shortcuts and the host's before-close request to the app. */
export function useAppShortcuts(): void {
  useEffect(() => {
    const offMenu = hostBridge.onMenuCommand((command) => void runMenuCommand(command));
    // The window may close only once the open story is saved.
    const offClose = hostBridge.onBeforeClose(() => flushActiveStory());
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat) return;
      const command = shortcutCommand(event, IS_MAC);
      if (!command) return;
      event.preventDefault();
      void runMenuCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      offMenu();
      offClose();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
