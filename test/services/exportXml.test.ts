import { afterEach, describe, expect, it } from 'vitest';
import { fullCitation } from '../../shared/citation.ts';
import { initialDraftState } from '../../shared/draft/initialDraft.ts';
import { QUESTION_STATE_KEY, SOURCE_QUOTE_TYPE } from '../../shared/draft/draftSchema.ts';
import { docxPart } from './docxPart.ts';
import { cleanUp, openSample, questionNumbered } from './helpers.ts';

afterEach(cleanUp);

type Node = { type: string; $?: Record<string, unknown>; [key: string]: unknown };

describe('the exported .docx, read as Word reads it', () => {
  it('uses heading styles, puts each quotation once per use in the Quote style, and footnotes cite the right sources', async () => {
    const { project } = await openSample();
    const sources = await project.sources.list();
    const answer = sources.find((s) => s.publishedOn === '2024-03-25')!;
    const workforce = sources.find((s) => s.publishedOn === '2024-01-15')!;
    const quoteFrom = async (source: typeof answer, phrase: string, q: number) => {
      const text = (await project.sources.get(source.id)).text;
      const start = text.indexOf(phrase);
      const question = await questionNumbered(project, q);
      return project.quotes.create({
        sourceId: source.id,
        start,
        end: start + phrase.length,
        questionIds: [question.id],
      });
    };
    const a = await quoteFrom(answer, 'new local SEND and AP partnerships', 2);
    const b = await quoteFrom(workforce, 'SEND Practitioner Standards', 1);
    const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
      root: { children: Node[] };
    };
    const block = (quote: typeof a, source: typeof answer) => ({
      type: SOURCE_QUOTE_TYPE,
      version: 1,
      quoteId: quote.id,
      sourceId: source.id,
      text: quote.fragments[0]!.text,
      citation: source.title,
    });
    const after = (n: number, ...nodes: Node[]) => {
      const at = state.root.children.findIndex(
        (c) =>
          c.$?.[QUESTION_STATE_KEY] ===
          project.db.prepare("SELECT id FROM themes WHERE number = ? AND kind = 'question'").pluck().get(n),
      );
      state.root.children.splice(at + 1, 0, ...nodes);
    };
    after(1, block(b, workforce));
    after(2, block(a, answer), block(a, answer));
    await project.drafts.save(JSON.stringify(state));

    const { bytes } = await project.export.buildDocx({ unanswered: 'mark' });
    const document = docxPart(bytes, 'word/document.xml')!;
    const footnotes = docxPart(bytes, 'word/footnotes.xml')!;
    const styles = docxPart(bytes, 'word/styles.xml')!;
    expect(document).not.toBeNull();
    expect(footnotes).not.toBeNull();

    // Real heading styles: chapters Heading2, all 22 questions Heading3 (Word's navigation pane uses these).
    expect(document.match(/<w:pStyle w:val="Heading3"\/>/g)).toHaveLength(22);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(styles).toContain('w:styleId="Quote"');

    // Each quotation once per use, in the Quote style.
    const quoteParagraphs = [
      ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Quote"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs),
    ].map((m) => m[0]);
    expect(quoteParagraphs).toHaveLength(3);
    const plain = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(quoteParagraphs.map(plain)).toEqual([
      `“${b.fragments[0]!.text}”`,
      `“${a.fragments[0]!.text}”`,
      `“${a.fragments[0]!.text}”`,
    ]);

    // Three footnote references in the text, each pointing at a footnote that cites its own source.
    const refs = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]!);
    expect(refs).toHaveLength(3);
    const noteText = (id: string) =>
      plain(new RegExp(`<w:footnote[^>]* w:id="${id}"[^>]*>(.*?)</w:footnote>`, 's').exec(footnotes)![1]!);
    // Each begins with a space after its number, as Word's own footnotes do ("¹ Department…").
    expect(noteText(refs[0]!)).toBe(` ${fullCitation(workforce)}`);
    expect(noteText(refs[1]!)).toBe(` ${fullCitation(answer)}`);
    expect(noteText(refs[2]!)).toBe(` ${fullCitation(answer)}`);

    // The document says what language it is in.
    expect(styles).toContain('w:val="en-GB"');
  });

  it('indents numbered and bulleted lists with their numbers hanging, the references list too', async () => {
    const { project } = await openSample();
    const [source] = await project.sources.list();
    const question = await questionNumbered(project, 1);
    const text = (await project.sources.get(source!.id)).text;
    await project.quotes.create({
      sourceId: source!.id,
      start: 0,
      end: text.indexOf(' ', 20),
      questionIds: [question.id],
    });
    const state = JSON.parse(initialDraftState(await project.consultation.getConsultation())) as {
      root: { children: Node[] };
    };
    const quote = (await project.quotes.list({}))[0]!;
    const item = (words: string) => ({
      type: 'listitem',
      version: 1,
      value: 1,
      children: [{ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' }],
    });
    const at = state.root.children.findIndex((c) => c.$?.[QUESTION_STATE_KEY] === question.id);
    state.root.children.splice(
      at + 1,
      0,
      { type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: [item('A long point.')] },
      {
        type: SOURCE_QUOTE_TYPE,
        version: 1,
        quoteId: quote.id,
        sourceId: source!.id,
        text: quote.fragments[0]!.text,
        citation: source!.title,
      },
    );
    await project.drafts.save(JSON.stringify(state));

    const { bytes } = await project.export.buildDocx({});
    const document = docxPart(bytes, 'word/document.xml')!;
    const numbering = docxPart(bytes, 'word/numbering.xml')!;
    // The answer's bulleted list and the references' numbered list are both in the document…
    expect(document.match(/<w:numPr>/g)!.length).toBeGreaterThanOrEqual(2);
    // …and every level the export defines indents its text, the bullet or number hanging in the margin before it.
    const levels = [...numbering.matchAll(/<w:abstractNum [^>]*>(.*?)<\/w:abstractNum>/gs)]
      .map((m) => m[1]!)
      .filter((xml) => /<w:lvlText w:val="(%1\.|•)"\/>/.test(xml));
    expect(levels).toHaveLength(2);
    for (const level of levels) expect(level).toContain('<w:ind w:left="720" w:hanging="360"/>');
  });
});
