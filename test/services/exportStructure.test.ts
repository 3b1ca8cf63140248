import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ABOUT_US,
  OTHER_COMMENTS,
  RECOMMENDATIONS,
  SUMMARY,
  initialDraftState,
} from '../../shared/draft/initialDraft.ts';
import { QUESTION_POSITION_TYPE } from '../../shared/draft/draftSchema.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

type Node = { type: string; children?: Node[]; [key: string]: unknown };

function text(value: string) {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' };
}

describe('response structure in the export', () => {
  it('prints the numbered recommendations and chosen positions, and not the parts left empty', async () => {
    const { project } = await openSample();
    const consultation = await project.consultation.getConsultation();
    const q6 = await questionNumbered(project, 6);
    expect(q6.answerType).toBe('agree-scale');
    const q1 = await questionNumbered(project, 1);
    expect(q1.answerType).toBe('open');

    const state = JSON.parse(initialDraftState(consultation)) as { root: { children: Node[] } };
    const nodes = state.root.children;
    // Only questions that ask for a position get a control.
    expect(nodes.filter((n) => n.type === QUESTION_POSITION_TYPE).map((n) => n['themeId'])).toContain(q6.id);
    expect(nodes.some((n) => n.type === QUESTION_POSITION_TYPE && n['themeId'] === q1.id)).toBe(false);

    const position = nodes.find((n) => n.type === QUESTION_POSITION_TYPE && n['themeId'] === q6.id)!;
    position['value'] = 'Disagree';
    const recommendations = nodes.find((n) => n.type === 'list')!;
    recommendations.children = [
      {
        type: 'listitem',
        version: 1,
        value: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [text('Fund key workers for every family.')],
      },
      {
        type: 'listitem',
        version: 1,
        value: 2,
        direction: null,
        format: '',
        indent: 0,
        children: [text('Publish waiting times.')],
      },
    ];
    await project.drafts.save(JSON.stringify(state));

    const { bytes } = await project.export.buildDocx();
    const buffer = Buffer.from(bytes);
    const html = (await mammoth.convertToHtml({ buffer })).value;
    const raw = (await mammoth.extractRawText({ buffer })).value;

    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    // Parts left empty are not printed; the recommendations written are.
    expect(h2).not.toContain(ABOUT_US);
    expect(h2).not.toContain(SUMMARY);
    expect(h2).not.toContain(OTHER_COMMENTS);
    expect(h2.at(-1)).toBe(RECOMMENDATIONS);
    expect(raw).toContain('Our position: Disagree');
    // A position nobody chose is not printed.
    expect(raw.match(/Our position:/g)).toHaveLength(1);
    expect(html).toMatch(/<ol><li>Fund key workers for every family\.<\/li><li>Publish waiting times\.<\/li><\/ol>/);
  });
});
