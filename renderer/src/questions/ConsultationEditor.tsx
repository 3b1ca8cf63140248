import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Consultation } from '../../../shared/domain/consultation.ts';
import { questionLabel } from '../../../shared/domain/consultationLabels.ts';
import type { QuestionId } from '../../../shared/ids.ts';
import { call, messageOf } from '../api/workbench.ts';
import { AddItemForm } from './edit/AddItemForm.tsx';
import { ChapterEditor, type DropTarget } from './edit/ChapterEditor.tsx';
import { ConsultationDetailsForm } from './edit/ConsultationDetailsForm.tsx';
import { ConsultationFiles } from './edit/ConsultationFiles.tsx';
import { CONSULTATION, useChangeHandlers } from './edit/consultationChange.ts';
import { draggedQuestionId, dropIndex } from './edit/questionDrag.ts';

/**
 * Edit the consultation: its details, chapters and questions (wording, answer type, word limit), their order
 * by dragging or with the move buttons (so the keyboard can do it), and starting again or sharing the questions.
 */
export function ConsultationEditor({
  consultation,
  onInfo,
}: {
  consultation: Consultation;
  onInfo: (message: string) => void;
}) {
  const { onChange, onError } = useChangeHandlers();
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  // After a move the row is re-rendered elsewhere; focus goes back to the button that moved it.
  const refocus = useRef<{ questionId: number; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const same = document.getElementById(`move-${wanted.direction}-${wanted.questionId}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${wanted.direction === 'up' ? 'down' : 'up'}-${wanted.questionId}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [consultation]);

  const fail = (error: unknown) => onError(messageOf(error));
  const whereIs = (c: Consultation, questionId: number) => {
    for (const chapter of c.chapters) {
      const index = chapter.questions.findIndex((q) => q.id === questionId);
      if (index >= 0) return { chapter, index, question: chapter.questions[index]! };
    }
    return null;
  };
  const movedMessage = (c: Consultation, questionId: number, oldLabel: string) => {
    const now = whereIs(c, questionId);
    return now
      ? `Moved ${oldLabel}: it is now ${questionLabel(now.question)}, in ${now.chapter.number === null ? now.chapter.title : `chapter ${now.chapter.number}`}.`
      : 'Moved.';
  };
  /** Puts a question back where it was. */
  const undoPlace = (questionId: number, was: NonNullable<ReturnType<typeof whereIs>>) => () =>
    call('placeQuestion', { id: questionId as QuestionId, chapterId: was.chapter.id, index: was.index });

  const move = (questionId: number, direction: 'up' | 'down') => {
    const was = whereIs(consultation, questionId);
    call('moveQuestion', { id: questionId as QuestionId, direction }).then((c) => {
      refocus.current = { questionId, direction };
      onChange({
        refresh: CONSULTATION,
        message: movedMessage(c, questionId, was ? questionLabel(was.question) : 'the question'),
        ...(was ? { undo: undoPlace(questionId, was) } : {}),
      });
    }, fail);
  };

  const drop = (event: DragEvent, target: DropTarget) => {
    setDropTarget(null);
    const questionId = draggedQuestionId(event.dataTransfer);
    const chapter = consultation.chapters.find((c) => c.id === target.chapterId);
    const was = questionId === null ? null : whereIs(consultation, questionId);
    if (questionId === null || !chapter || !was) return;
    const index = dropIndex(
      chapter.questions.map((q) => q.id),
      questionId,
      target.questionId ?? -1,
      target.after,
    );
    if (was.chapter.id === chapter.id && was.index === index) return;
    call('placeQuestion', { id: questionId as QuestionId, chapterId: chapter.id, index }).then(
      (c) =>
        onChange({
          refresh: CONSULTATION,
          message: movedMessage(c, questionId, questionLabel(was.question)),
          undo: undoPlace(questionId, was),
        }),
      fail,
    );
  };

  return (
    <div className="consultation-editor">
      <ConsultationDetailsForm consultation={consultation} />
      <p className="hint">
        Drag a question to move it, or use its ↑ and ↓ buttons: past the end of a chapter it moves into the next.
      </p>
      {consultation.chapters.map((chapter, i) => (
        <ChapterEditor
          key={chapter.id}
          chapter={chapter}
          isFirst={i === 0}
          isLast={i === consultation.chapters.length - 1}
          dropTarget={dropTarget}
          onDropTarget={setDropTarget}
          onDrop={drop}
          onMove={move}
        />
      ))}
      <AddItemForm
        label="New chapter"
        maxLength={500}
        buttonLabel="Add chapter"
        onAdd={(title) =>
          call('addChapter', { title }).then(
            () => (onChange({ refresh: CONSULTATION, message: `Added the chapter “${title}”.` }), true),
            (e: unknown) => (fail(e), false),
          )
        }
      />
      <ConsultationFiles consultation={consultation} onInfo={onInfo} />
    </div>
  );
}
