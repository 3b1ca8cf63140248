import { configExtension, defineExtension } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { RichTextExtension } from '@lexical/rich-text';
import { HistoryExtension } from '@lexical/history';
import { ListExtension } from '@lexical/list';
import { LinkExtension } from '@lexical/link';
import { DRAFT_NODES } from './draftNodes.ts';
import { registerDraftSections } from './draftGrouping.ts';
import { registerQuestionHeadingEnter } from './questionHeadingEnter.ts';
import { registerReadOnlyHeadings } from './readOnlyHeadings.ts';
import { registerQuoteSelectionKeys } from './quoteSelectionKeys.ts';
import { registerSelectedQuotes } from './selectedQuotes.ts';
import { registerListShortcuts } from './listShortcuts.ts';
import { registerCaretSectionLaidOut } from './caretSectionLaidOut.ts';
import { registerKeyEventsKeptInEditor } from './keyEventsKeptInEditor.ts';

/**
 * The draft editor as declared capabilities: each names what it needs, and the order they are listed in is the order
 * their behaviour is registered (so, among handlers of equal priority, the order they run in). The app's editor and
 * the tests' headless editors are built from these. React-only UI (toolbar, autosave status, the handle the window
 * uses) stays in plugins/.
 */

/** Every node type a draft may contain. */
export const DraftNodesExtension = defineExtension({ name: 'draft/nodes', nodes: DRAFT_NODES });

/** Keeps the blocks in one section per part of the response (see DraftSectionNode), the caret's laid out at once. */
export const DraftSectionsExtension = defineExtension({
  name: 'draft/sections',
  dependencies: [DraftNodesExtension],
  register: (editor) => mergeRegister(registerDraftSections(editor), registerCaretSectionLaidOut(editor)),
});

/** Question and chapter headings: read-only words, and Enter in one starts its answer. */
export const QuestionHeadingKeysExtension = defineExtension({
  name: 'draft/question-heading-keys',
  dependencies: [DraftSectionsExtension],
  register: (editor) => mergeRegister(registerQuestionHeadingEnter(editor), registerReadOnlyHeadings(editor)),
});

/** Which quotations are selected (each block shows it), and typing, Enter and the arrow keys act beside one. */
export const QuoteSelectionExtension = defineExtension({
  name: 'draft/quote-selection',
  dependencies: [DraftNodesExtension],
  register: (editor) => mergeRegister(registerSelectedQuotes(editor), registerQuoteSelectionKeys(editor)),
});

/** Lists made as in Word and Google Docs: "- ", "* " or "1. " typed at a paragraph's start, Ctrl+Shift+8 / 7. */
export const ListShortcutsExtension = defineExtension({
  name: 'draft/list-shortcuts',
  dependencies: [ListExtension, QuestionHeadingKeysExtension],
  register: (editor) => registerListShortcuts(editor),
});

/** Key events that nothing outside the draft handles end their bubbling there, sparing React's root their cost. */
export const KeyEventsKeptInEditorExtension = defineExtension({
  name: 'draft/key-events-kept-in-editor',
  register: (editor) => registerKeyEventsKeptInEditor(editor),
});

// Only web addresses become links in a response.
const isWebAddress = (url: string) => /^https?:\/\//.test(url);

export const DraftEditorExtension = defineExtension({
  name: 'consultation-response',
  namespace: 'consultation-response',
  theme: {
    heading: { h2: 'draft-h2', h3: 'draft-h3', h4: 'draft-h4' },
    text: { bold: 'text-bold', italic: 'text-italic', underline: 'text-underline' },
    list: { ol: 'draft-ol', ul: 'draft-ul', listitem: 'draft-li' },
    link: 'draft-link',
  },
  onError: (error) => {
    throw error;
  },
  dependencies: [
    RichTextExtension,
    HistoryExtension,
    ListExtension,
    configExtension(LinkExtension, { validateUrl: isWebAddress }),
    DraftSectionsExtension,
    QuestionHeadingKeysExtension,
    QuoteSelectionExtension,
    ListShortcutsExtension,
    KeyEventsKeptInEditorExtension,
  ],
});
