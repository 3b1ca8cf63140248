// A question being dragged to a new place; its own type so quote drop targets ignore it.
const QUESTION_TYPE = 'application/x-workbench-question';

export function startQuestionDrag(data: DataTransfer, questionId: number): void {
  data.setData(QUESTION_TYPE, String(questionId));
  data.effectAllowed = 'move';
}

export function isQuestionDrag(data: DataTransfer): boolean {
  return data.types.includes(QUESTION_TYPE);
}

export function draggedQuestionId(data: DataTransfer): number | null {
  const id = Number(data.getData(QUESTION_TYPE));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Where a drop lands among a chapter's other questions: before or after the row under the pointer. */
export function dropIndex(questionIds: readonly number[], draggedId: number, targetId: number, after: boolean): number {
  // Dropped on itself: it stays where it is.
  if (targetId === draggedId) return questionIds.indexOf(draggedId);
  const others = questionIds.filter((id) => id !== draggedId);
  const at = others.indexOf(targetId);
  return at < 0 ? others.length : at + (after ? 1 : 0);
}
