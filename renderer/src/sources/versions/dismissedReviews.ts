import type { ReviewItem } from '../../../../shared/domain/sourceVersion.ts';

// The folded "all decided" lines the user dismissed this session. The panel is rebuilt each time a source is opened,
// so this is kept beside it rather than in it; a later update's reviews are new items and show again.
const dismissed = new Set<string>();

/** A review item in one project: update ids are numbered per project file. */
const dismissalKey = (projectPath: string, item: ReviewItem) => `${projectPath}\n${item.updateId}-${item.quoteId}`;

export function dismissReviews(projectPath: string, items: readonly ReviewItem[]): void {
  for (const item of items) dismissed.add(dismissalKey(projectPath, item));
}

export function allDismissed(projectPath: string, items: readonly ReviewItem[]): boolean {
  return items.every((item) => dismissed.has(dismissalKey(projectPath, item)));
}
