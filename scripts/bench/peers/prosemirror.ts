// The ProseMirror peer: prosemirror-view over a schema with the same headings, paragraphs, lists and blockquotes
// as our draft, loaded with the same response. Plain typing needs no keymap: the view reads the DOM's own edits.
import { Schema, type Node } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { addListNodes } from 'prosemirror-schema-list';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { PeerBlock } from './peerDocument.ts';

const schema = new Schema({
  nodes: addListNodes(basic.spec.nodes, 'paragraph block*', 'block'),
  marks: basic.spec.marks,
});
const n = schema.nodes;
const para = (text: string) => n['paragraph']!.create(null, text ? schema.text(text) : null);

function toNode(block: PeerBlock): Node {
  switch (block.kind) {
    case 'heading':
      return n['heading']!.create({ level: block.level }, block.text ? schema.text(block.text) : null);
    case 'paragraph':
      return para(block.text);
    case 'list':
      return n[block.ordered ? 'ordered_list' : 'bullet_list']!.create(
        null,
        block.items.map((item) => n['list_item']!.create(null, para(item))),
      );
    case 'quote':
      return n['blockquote']!.create(null, [para(block.text), para(block.citation)]);
  }
}

const blocks = (window as unknown as { benchDocument: PeerBlock[] }).benchDocument;
const doc = n['doc']!.create(null, blocks.map(toNode));
new EditorView(document.querySelector('#editor')!, { state: EditorState.create({ doc }) });
document.body.dataset['ready'] = 'true';
