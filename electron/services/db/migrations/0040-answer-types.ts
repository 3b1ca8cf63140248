import type { Migration } from '../migration.ts';

// How a question is answered: free text, a position on an agree/disagree scale, or yes/no, each with reasons.
export const answerTypes: Migration = {
  version: 40,
  name: 'question answer types',
  up: `
    ALTER TABLE themes ADD COLUMN answer_type TEXT NOT NULL DEFAULT 'open'
      CHECK (answer_type IN ('open', 'agree-scale', 'yes-no'));
  `,
};
