import type { DragEvent } from 'react';
import { asQuoteId } from '../../shared/idChecks.ts';
import type { QuoteId } from '../../shared/ids.ts';

/** What a dragged quote carries: its id, under our own type so no other drop target mistakes it for text. */
export const QUOTE_DRAG_TYPE = 'application/x-consultation-workbench-quote';

export function startQuoteDrag(event: DragEvent, quoteId: number, text: string): void {
  event.dataTransfer.setData(QUOTE_DRAG_TYPE, String(quoteId));
  event.dataTransfer.setData('text/plain', text);
  event.dataTransfer.effectAllowed = 'copy';
}

export function isQuoteDrag(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && [...dataTransfer.types].includes(QUOTE_DRAG_TYPE);
}

export function draggedQuoteId(dataTransfer: DataTransfer | null): QuoteId | null {
  return asQuoteId(Number(dataTransfer?.getData(QUOTE_DRAG_TYPE)));
}
