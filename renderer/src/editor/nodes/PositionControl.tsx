import { useId } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { POSITIONS } from '../../../../shared/domain/answerTypes.ts';
import type { QuestionId } from '../../../../shared/ids.ts';
import type { QuestionPositionNode } from './QuestionPositionNode.tsx';

type Props = { nodeKey: NodeKey; questionId: QuestionId; answerType: 'agree-scale' | 'yes-no'; value: string | null };

export function PositionControl({ nodeKey, questionId, answerType, value }: Props) {
  const [editor] = useLexicalComposerContext();
  const id = useId();
  const choose = (next: string) =>
    editor.update(() => {
      ($getNodeByKey(nodeKey) as QuestionPositionNode | null)?.setValue(next === '' ? null : next);
    });
  return (
    <span className="position-control">
      <label htmlFor={id}>Our position</label>
      <select id={id} data-question-id={questionId} value={value ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">Not chosen yet</option>
        {POSITIONS[answerType].map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </span>
  );
}
