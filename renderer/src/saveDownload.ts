import type { ExportResult } from '../../shared/ipc/contract.ts';

const TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  json: 'application/json',
  qdpx: 'application/zip',
  qdc: 'application/xml',
};

/** Hands a file to the browser's downloads (the test bridge's way of delivering an export). */
function saveDownload(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const type = TYPES[fileName.split('.').pop() ?? ''] ?? 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Finishes an export however the host delivered it, and says what happened in words for the user. */
export function deliverExport(result: ExportResult): string {
  if (result.status === 'download') {
    saveDownload(result.fileName, result.base64);
    return `Exported “${result.fileName}”.`;
  }
  return result.status === 'saved' ? `Saved to ${result.path}.` : 'Export cancelled.';
}
