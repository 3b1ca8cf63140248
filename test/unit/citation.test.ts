import { describe, expect, it } from 'vitest';
import { formatLongDate, fullCitation, shortCitation } from '../../shared/citation.ts';
import type { SourceMetadata } from '../../shared/domain/source.ts';

const full: SourceMetadata = {
  title: 'Joined-up services for children with SEND',
  author: 'David Johnston MP',
  publishedOn: '2024-03-25',
  url: 'https://questions-statements.parliament.uk/written-questions/detail/2024-03-15/18680',
  kind: 'written-answer',
};

describe('formatLongDate', () => {
  it.each([
    ['2024-03-25', '25 March 2024'],
    ['2024-01-05', '5 January 2024'],
    ['2023-12-31', '31 December 2023'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it('leaves something that is not a date as it was rather than inventing one', () => {
    expect(formatLongDate('2024-13-01')).toBe('2024-13-01');
    expect(formatLongDate('soon')).toBe('soon');
  });
});

describe('shortCitation', () => {
  it('is the title and the long-form date', () => {
    expect(shortCitation(full)).toBe('Joined-up services for children with SEND, 25 March 2024');
  });

  it('is just the title when there is no date', () => {
    expect(shortCitation({ ...full, publishedOn: null })).toBe(full.title);
  });
});

describe('fullCitation', () => {
  it('gives author, quoted title, date and URL in that order', () => {
    expect(fullCitation(full)).toBe(
      'David Johnston MP, ‘Joined-up services for children with SEND’, 25 March 2024, ' +
        'https://questions-statements.parliament.uk/written-questions/detail/2024-03-15/18680',
    );
  });

  it('leaves out missing parts without stray commas', () => {
    expect(fullCitation({ ...full, author: null, url: null })).toBe(
      '‘Joined-up services for children with SEND’, 25 March 2024',
    );
    expect(fullCitation({ ...full, publishedOn: null })).toBe(
      'David Johnston MP, ‘Joined-up services for children with SEND’, ' +
        'https://questions-statements.parliament.uk/written-questions/detail/2024-03-15/18680',
    );
    expect(fullCitation({ ...full, author: null, publishedOn: null, url: null })).toBe(
      '‘Joined-up services for children with SEND’',
    );
  });

  it('treats an empty author as missing', () => {
    expect(fullCitation({ ...full, author: '', url: null })).toBe(
      '‘Joined-up services for children with SEND’, 25 March 2024',
    );
  });
});
