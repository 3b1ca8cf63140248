import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENTS } from '../../shared/ipc/events.ts';

/**
 * Right-click menus: in the source text, "Pull quote" for a selection; in the draft, editing commands and
 * spelling suggestions (en-GB).
 */
export function attachContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = [];
    if (params.isEditable) {
      for (const suggestion of params.dictionarySuggestions.slice(0, 5)) {
        items.push({ label: suggestion, click: () => win.webContents.replaceMisspelling(suggestion) });
      }
      if (params.misspelledWord) {
        items.push(
          {
            label: 'Add to dictionary',
            click: () => win.webContents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
          },
          { type: 'separator' },
        );
      }
      items.push(
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      );
    } else if (params.selectionText.trim()) {
      items.push(
        {
          label: 'Pull Quote',
          accelerator: 'CmdOrCtrl+Shift+K',
          click: () => win.webContents.send(EVENTS.menuCommand, 'pull-quote'),
        },
        { role: 'copy' },
      );
    }
    if (items.length) Menu.buildFromTemplate(items).popup({ window: win });
  });
}
