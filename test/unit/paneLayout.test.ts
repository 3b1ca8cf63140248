import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  gridColumns,
  leftShare,
  parseLayout,
  resizePanes,
  togglePane,
} from '../../renderer/src/layout/paneLayout.ts';

describe('pane layout', () => {
  it('hides and shows panes, but never the last one shown', () => {
    const noSources = togglePane(DEFAULT_LAYOUT, 'sources');
    expect(noSources.shown).toEqual({ sources: false, questions: true, draft: true });
    const draftOnly = togglePane(noSources, 'questions');
    expect(togglePane(draftOnly, 'draft')).toBe(draftOnly);
    expect(gridColumns(draftOnly)).toBe('minmax(12rem, 1.3fr)');
    expect(togglePane(draftOnly, 'sources').shown.sources).toBe(true);
  });

  it('moves width between two neighbours, keeping their total, and never below the minimum', () => {
    const wider = resizePanes(DEFAULT_LAYOUT, 'questions', 'draft', 0.5);
    expect(wider.widths.questions).toBeCloseTo(1.3);
    expect(wider.widths.draft).toBeCloseTo(0.8);
    expect(wider.widths.sources).toBe(DEFAULT_LAYOUT.widths.sources);
    const squeezed = resizePanes(DEFAULT_LAYOUT, 'questions', 'draft', -5);
    expect(squeezed.widths.questions).toBe(0.35);
    expect(squeezed.widths.questions + squeezed.widths.draft).toBeCloseTo(2.1);
    expect(leftShare(squeezed, 'questions', 'draft')).toBe(17);
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
});
