import { Menu } from 'electron';
import { appMenuTemplate, type AppMenuOptions } from './appMenuTemplate.ts';

/** Builds the native application menu (File, Edit, Insert, View, Help). */
export function buildAppMenu(options: AppMenuOptions): Menu {
  return Menu.buildFromTemplate(appMenuTemplate(options));
}
