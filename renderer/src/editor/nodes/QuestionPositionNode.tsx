import type { JSX } from 'react';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type LexicalUpdateJSON, type NodeKey } from 'lexical';
import {
  QUESTION_POSITION_TYPE,
  parseQuestionPosition,
  type SerializedQuestionPosition,
} from '../../../../shared/draft/draftSchema.ts';
import type { QuestionId } from '../../../../shared/ids.ts';
import { PositionControl } from './PositionControl.tsx';

// `themeId` is the field's name in saved drafts, kept so that they still load; it holds the question's id.
type Payload = { themeId: QuestionId; answerType: 'agree-scale' | 'yes-no'; value: string | null };

/** The respondent's position on an agree/disagree or yes/no question, kept in the draft beside the answer. */
export class QuestionPositionNode extends DecoratorNode<JSX.Element> {
  __questionId: QuestionId;
  __answerType: 'agree-scale' | 'yes-no';
  __value: string | null;

  static override getType(): string {
    return QUESTION_POSITION_TYPE;
  }

  static override clone(node: QuestionPositionNode): QuestionPositionNode {
    return new QuestionPositionNode(
      { themeId: node.__questionId, answerType: node.__answerType, value: node.__value },
      node.__key,
    );
  }

  static override importJSON(json: SerializedQuestionPosition): QuestionPositionNode {
    return $createQuestionPositionNode(parseQuestionPosition(json)).updateFromJSON(
      json as LexicalUpdateJSON<SerializedQuestionPosition>,
    );
  }

  constructor(payload: Payload, key?: NodeKey) {
    super(key);
    this.__questionId = payload.themeId;
    this.__answerType = payload.answerType;
    this.__value = payload.value;
  }

  override exportJSON(): SerializedQuestionPosition {
    return {
      ...super.exportJSON(),
      type: QUESTION_POSITION_TYPE,
      version: 1,
      themeId: this.__questionId,
      answerType: this.__answerType,
      value: this.__value,
    };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'question-position';
    div.contentEditable = 'false';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getValue(): string | null {
    return this.getLatest().__value;
  }

  setValue(value: string | null): void {
    this.getWritable().__value = value;
  }

  override decorate(): JSX.Element {
    return (
      <PositionControl
        nodeKey={this.getKey()}
        questionId={this.__questionId}
        answerType={this.__answerType}
        value={this.__value}
      />
    );
  }
}

export function $createQuestionPositionNode(payload: Payload): QuestionPositionNode {
  return $applyNodeReplacement(new QuestionPositionNode(payload));
}

export function $isQuestionPositionNode(node: LexicalNode | null | undefined): node is QuestionPositionNode {
  return node instanceof QuestionPositionNode;
}
