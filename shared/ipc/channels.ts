// Dependency-free so the sandboxed preload can import it without bundling zod.
export const CHANNELS = {
  getProject: 'project:get',
  updateProject: 'project:update',
  listSources: 'sources:list',
  getSource: 'sources:get',
  importSource: 'sources:import',
  updateSource: 'sources:update',
  searchSources: 'sources:search',
  deleteSource: 'sources:delete',
  restoreSource: 'sources:restore',
  getConsultation: 'themes:tree',
  setQuestionWording: 'themes:set-wording',
  addQuestion: 'themes:add-question',
  moveQuestion: 'themes:move-question',
  setAnswerType: 'themes:set-answer-type',
  removeQuestion: 'themes:remove-question',
  restoreQuestion: 'themes:restore-question',
  createQuote: 'quotes:create',
  listQuotes: 'quotes:list',
  suggestQuestions: 'quotes:suggest',
  setQuoteThemes: 'quotes:set-themes',
  addQuoteFragment: 'quotes:add-fragment',
  setQuoteNote: 'quotes:set-note',
  deleteQuote: 'quotes:delete',
  restoreQuote: 'quotes:restore',
  checkQuotes: 'quotes:check',
  getDraft: 'drafts:get',
  saveDraft: 'drafts:save',
  listSnapshots: 'drafts:snapshots',
  createSnapshot: 'drafts:snapshot',
  restoreSnapshot: 'drafts:restore-snapshot',
  exportDocx: 'export:docx',
  exportEvidencePack: 'export:evidence-pack',
  exportQuotesCsv: 'export:quotes-csv',
} as const;

export type Method = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[Method];

export const METHODS = Object.keys(CHANNELS) as Method[];
