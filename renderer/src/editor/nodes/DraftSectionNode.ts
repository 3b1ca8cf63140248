import { $applyNodeReplacement, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';
import { DRAFT_SECTION_TYPE } from '../../../../shared/draft/draftSchema.ts';

/**
 * Holds one part of the draft: a question's heading and its answer, a chapter heading, or a fixed part such as
 * "About us". It exists for speed: Chromium lays out, paints and hit-tests the editor's children on every key, so
 * 30 sections type as fast as an empty draft where 1,500 loose blocks cost milliseconds a key. As a shadow root it
 * is where Lexical stops when looking for a block's top level, so lists, headings and paste work inside it as they
 * do at the root, and Backspace at a section's first heading does not pull that heading into the answer above.
 */
export class DraftSectionNode extends ElementNode {
  static override getType(): string {
    return DRAFT_SECTION_TYPE;
  }

  static override clone(node: DraftSectionNode): DraftSectionNode {
    return new DraftSectionNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): DraftSectionNode {
    return $createDraftSectionNode().updateFromJSON(json);
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'draft-section';
    return div;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createDraftSectionNode(): DraftSectionNode {
  return $applyNodeReplacement(new DraftSectionNode());
}

export function $isDraftSectionNode(node: LexicalNode | null | undefined): node is DraftSectionNode {
  return node instanceof DraftSectionNode;
}
