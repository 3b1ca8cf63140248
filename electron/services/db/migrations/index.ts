import type { Migration } from '../migration.ts';
import { initial } from './0010-initial.ts';
import { sourceStructure } from './0020-source-structure.ts';
import { themeSearch } from './0030-theme-search.ts';
import { answerTypes } from './0040-answer-types.ts';
import { searchRanking } from './0050-search-ranking.ts';
import { draftSnapshots } from './0060-draft-snapshots.ts';
import { formAnswers } from './0070-form-answers.ts';
import { sourceVersions } from './0080-source-versions.ts';
import { sourceTitleSearch } from './0090-source-title-search.ts';
import { sourceListIndex } from './0100-source-list-index.ts';

// Append only: a shipped migration is never edited, because users' files already ran it.
export const MIGRATIONS: readonly Migration[] = [
  initial,
  sourceStructure,
  themeSearch,
  answerTypes,
  searchRanking,
  draftSnapshots,
  formAnswers,
  sourceVersions,
  sourceTitleSearch,
  sourceListIndex,
];
