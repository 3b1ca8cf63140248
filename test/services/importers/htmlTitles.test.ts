import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../electron/services/importers/html/importHtml.ts';
import { withoutSiteName } from '../../../electron/services/importers/html/withoutSiteName.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { metadataFor } from '../../../electron/services/importService.ts';
import { bytesOf } from './documentChecks.ts';

async function imported(html: string, fileName = 'page.html') {
  const doc = await importHtml({ fileName, bytes: bytesOf(html) }, DEFAULT_IMPORT_LIMITS);
  return metadataFor(doc, fileName, 'html');
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');

describe('a saved web page’s title, author and date, as a reference manager reads them', () => {
  it('a GOV.UK page: the title without "- GOV.UK", the department as author, the first-published date', async () => {
    expect(await imported(fixture('govuk-send-review.html'), 'SEND review.html')).toEqual({
      title: 'SEND review: right support, right place, right time',
      author: 'Department for Education',
      publishedOn: '2022-03-29',
      url: 'https://www.gov.uk/government/consultations/send-review-right-support-right-place-right-time',
      kind: 'web-page',
    });
  });

  it('a council page with Dublin Core tags: its DC title, the council as publisher-author, its date', async () => {
    expect(await imported(fixture('council-local-offer.html'))).toEqual({
      title: 'Education, health and care plans',
      author: 'Anytown Borough Council',
      publishedOn: '2024-01-15',
      url: 'https://www.anytown.gov.uk/send/ehc-plans',
      kind: 'web-page',
    });
  });

  it('a news article with linked data: its headline, its reporters, its publication date', async () => {
    expect(await imported(fixture('news-article.html'))).toEqual({
      title: "Parents say SEND system is 'at breaking point'",
      author: 'Jane Smith, Ravi Patel',
      publishedOn: '2024-05-09',
      url: 'https://www.anytownnews.co.uk/news/parents-say-send-system-breaking-point-123456',
      kind: 'web-page',
    });
  });

  it('a page with only a <title>: the site name the page declares goes, whichever separator joins it', async () => {
    const page = (title: string, head = '') =>
      imported(`<html><head><title>${title}</title>${head}</head><body><p>Text of the page.</p></body></html>`);
    expect((await page('Parents say SEND system is broken – Anytown Evening News')).title).toBe(
      'Parents say SEND system is broken',
    );
    expect(
      (await page('Local Offer | Special Needs Forum', '<meta property="og:site_name" content="Special Needs Forum">'))
        .title,
    ).toBe('Local Offer');
    expect(
      (
        await page(
          'Annual report 2023 — the Parent Carer Forum',
          '<meta name="application-name" content="Parent Carer Forum">',
        )
      ).title,
    ).toBe('Annual report 2023');
  });

  it('keeps a real subtitle, and never cuts a title to nothing', async () => {
    expect((await imported('<title>Part 2 - Funding</title><p>Text</p>')).title).toBe('Part 2 - Funding');
    expect((await imported('<title>GOV.UK</title><p>Text</p>')).title).toBe('GOV.UK');
  });
});

describe('withoutSiteName', () => {
  const none = { names: [] };
  it('takes off a trailing site name: declared, a domain, the address’s own name, or a paper’s or council’s', () => {
    expect(withoutSiteName('SEND review - GOV.UK', none)).toBe('SEND review');
    expect(withoutSiteName('Ask a question | Mumsnet', { names: [], url: 'https://www.mumsnet.com/talk/x' })).toBe(
      'Ask a question',
    );
    expect(
      withoutSiteName('Schools face a cliff edge | The Canary', { names: [], url: 'https://www.thecanary.co/x' }),
    ).toBe('Schools face a cliff edge');
    expect(withoutSiteName('EHCP guide | Special Needs Jungle', { names: ['Special Needs Jungle'] })).toBe(
      'EHCP guide',
    );
    expect(withoutSiteName('SEND strategy 2024 to 2027 | Kent County Council', none)).toBe(
      'SEND strategy 2024 to 2027',
    );
    expect(withoutSiteName('Council SEND update | Anytown News', none)).toBe('Council SEND update');
    expect(withoutSiteName('BBC News - Schools short of places', { names: ['BBC News'] })).toBe(
      'Schools short of places',
    );
  });

  it('leaves subtitles, section names and plain titles alone', () => {
    for (const title of [
      'Part 2 - Funding',
      'Annex A – Role of the Local Authority',
      'Chapter 4 - Support from the council',
      'Kent SEND strategy - Kent schools',
      'Release notes - v1.2',
      'SEND review: right support, right place, right time',
      'Timeline - 2024 to 2025',
    ])
      expect(withoutSiteName(title, { names: ['GOV.UK'], url: 'https://www.kent.gov.uk/x' })).toBe(title);
  });
});
