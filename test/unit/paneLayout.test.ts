import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  gridColumns,
  leftShare,
  parseLayout,
  resizePanes,
  showPane,
  togglePane,
  toggleReading,
  toggleSourceList,
  resizeSourceList,
  shownPanes,
  sourceListShown,
} from '../../renderer/src/layout/paneLayout.ts';

describe('pane layout', () => {
  it('hides and shows panes, but never the last one shown', () => {
    const noSources = togglePane(DEFAULT_LAYOUT, 'sources');
    expect(noSources.shown).toEqual({ sources: false, questions: true, draft: true });
    const draftOnly = togglePane(noSources, 'questions');
    expect(togglePane(draftOnly, 'draft')).toBe(draftOnly);
    expect(gridColumns(draftOnly)).toBe(`minmax(12rem, ${DEFAULT_LAYOUT.widths.draft}fr)`);
    expect(togglePane(draftOnly, 'sources').shown.sources).toBe(true);
  });

  it('shows a pane to take the writer to something in it, leaving a shown one as it is and ending reading mode', () => {
    expect(showPane(DEFAULT_LAYOUT, 'draft')).toBe(DEFAULT_LAYOUT);
    const noDraft = togglePane(DEFAULT_LAYOUT, 'draft');
    expect(showPane(noDraft, 'draft').shown).toEqual({ sources: true, questions: true, draft: true });
    const reading = toggleReading(DEFAULT_LAYOUT);
    expect(shownPanes(showPane(reading, 'questions'))).toEqual(['sources', 'questions', 'draft']);
    expect(showPane(reading, 'sources')).toBe(reading);
  });

  it('moves width between two neighbours, keeping their total, and never below the minimum', () => {
    const { questions, draft } = DEFAULT_LAYOUT.widths;
    const wider = resizePanes(DEFAULT_LAYOUT, 'questions', 'draft', 0.5);
    expect(wider.widths.questions).toBeCloseTo(questions + 0.5);
    expect(wider.widths.draft).toBeCloseTo(draft - 0.5);
    expect(wider.widths.sources).toBe(DEFAULT_LAYOUT.widths.sources);
    const squeezed = resizePanes(DEFAULT_LAYOUT, 'questions', 'draft', -5);
    expect(squeezed.widths.questions).toBe(0.35);
    expect(squeezed.widths.questions + squeezed.widths.draft).toBeCloseTo(questions + draft);
    expect(leftShare(squeezed, 'questions', 'draft')).toBe(Math.round((100 * 0.35) / (questions + draft)));
  });

  it('reads back what was saved, and falls back to the default for anything unreadable', () => {
    const saved = resizePanes(togglePane(DEFAULT_LAYOUT, 'sources'), 'questions', 'draft', 0.2);
    expect(parseLayout(JSON.stringify(saved))).toEqual(saved);
    for (const bad of [
      null,
      '',
      'not json',
      '{"shown":{}}',
      JSON.stringify({ ...saved, widths: { ...saved.widths, draft: -1 } }),
    ]) {
      expect(parseLayout(bad)).toEqual(DEFAULT_LAYOUT);
    }
    const allHidden = { ...saved, shown: { sources: false, questions: false, draft: false } };
    expect(parseLayout(JSON.stringify(allHidden))).toEqual(DEFAULT_LAYOUT);
  });

  it('reads a layout stored before the source list and reading mode existed, with their defaults', () => {
    const old = {
      shown: { sources: true, questions: false, draft: true },
      widths: { sources: 1, questions: 1, draft: 2 },
    };
    expect(parseLayout(JSON.stringify(old))).toEqual({
      ...old,
      sourceList: DEFAULT_LAYOUT.sourceList,
      reading: false,
    });
  });

  it('folds the source list away, resizes it within bounds, and reading mode shows the reader alone', () => {
    expect(sourceListShown(toggleSourceList(DEFAULT_LAYOUT))).toBe(false);
    expect(resizeSourceList(DEFAULT_LAYOUT, 0.04).sourceList.share).toBe(DEFAULT_LAYOUT.sourceList.share + 4);
    expect(resizeSourceList(DEFAULT_LAYOUT, 1).sourceList.share).toBe(60);
    expect(resizeSourceList(DEFAULT_LAYOUT, -1).sourceList.share).toBe(15);

    const reading = toggleReading(DEFAULT_LAYOUT);
    expect(shownPanes(reading)).toEqual(['sources']);
    expect(sourceListShown(reading)).toBe(false);
    expect(parseLayout(JSON.stringify(reading))).toEqual(reading);
    // Asking for a pane, or for the list, while reading ends reading mode with it on screen.
    const withDraft = togglePane(reading, 'draft');
    expect(withDraft.reading).toBe(false);
    expect(shownPanes(withDraft)).toEqual(['sources', 'questions', 'draft']);
    expect(sourceListShown(toggleSourceList(reading))).toBe(true);
  });
});
