import { useEffect } from 'react';
import { PROJECT_EXTENSION, type WorkbenchShell } from '../../../shared/ipc/events.ts';

declare global {
  interface Window {
    /** The desktop app's own requests (opening a dropped project); absent in the browser test harness. */
    workbenchShell?: WorkbenchShell;
  }
}

const isProjectFile = (file: File) => file.name.toLowerCase().endsWith(PROJECT_EXTENSION);

/**
 * Files dropped anywhere on the window: a project file is opened (never imported as a source); documents
 * dropped outside the Sources pane get a pointer to where they go, instead of nothing happening.
 */
export function useProjectFileDrop(say: (kind: 'info' | 'error', text: string) => void): void {
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDropCapture = (event: DragEvent) => {
      const project = [...(event.dataTransfer?.files ?? [])].find(isProjectFile);
      if (!project) return;
      event.preventDefault();
      event.stopPropagation();
      if (!window.workbenchShell) {
        say(
          'error',
          `“${project.name}” is a project: open it with File › Open Project in the desktop app. It was not imported as a source.`,
        );
        return;
      }
      window.workbenchShell.openProjectFile(project).then(
        (result) => !result.ok && say('error', result.message),
        () => say('error', `“${project.name}” could not be opened.`),
      );
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented || !hasFiles(event)) return;
      event.preventDefault();
      say('info', 'To import documents, drop them on the Sources pane (or use Import files…).');
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDropCapture, true);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDropCapture, true);
      window.removeEventListener('drop', onDrop);
    };
  }, [say]);
}
