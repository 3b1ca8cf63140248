import { describe, expect, it } from 'vitest';
import { evidenceSignals, signalFlags } from '../../shared/evidence/signals.ts';
import { measureEvidenceSignals } from '../../scripts/bench/evidenceSignals.ts';

describe('evidence signals', () => {
  it('reports the words that triggered each signal', () => {
    const found = evidenceSignals(
      'As a parent I waited 40 weeks. In Kent, for example, plans are late. The Department should publish the data.',
    );
    expect(found.figures.triggers).toEqual(['40']);
    expect(found.examples.triggers).toEqual(['for example', 'In Kent']);
    expect(found.experience.triggers).toEqual(expect.arrayContaining(['I', 'As a parent']));
    expect(found.solutions.triggers).toEqual(['should']);
  });

  it('does not count labels or bare years as figures', () => {
    const found = evidenceSignals('A Year 9 pupil, Question 5 and the Children and Families Act 2014, in 2023.');
    expect(found.figures).toEqual({ found: false, triggers: [] });
  });

  it('counts quantities written in words', () => {
    expect(evidenceSignals('Three in four parents chased the council for two years.').figures.triggers).toEqual([
      'Three in four',
      'two years',
    ]);
  });

  it('does not count a year followed by a comma, and counts "two of my" and "over an hour"', () => {
    expect(evidenceSignals('In 2023, the council changed its policy.').figures.found).toBe(false);
    expect(evidenceSignals('Two of my colleagues left; pupils travel over an hour each way.').figures.triggers).toEqual(
      ['Two of my', 'over an hour'],
    );
  });

  it('counts "areas like Camden" as an example, not "schools like ours" or "would like"', () => {
    expect(evidenceSignals('Areas like Camden have joint commissioning.').examples.triggers).toEqual([
      'Areas like Camden',
    ]);
    expect(evidenceSignals('Schools like ours would like more help.').examples.found).toBe(false);
  });

  it('finds accounts passed on by an organisation, and not a generic "their child\'s" or abstract "experience"', () => {
    const heard = evidenceSignals(
      'We heard from one father, and one mum in our group described the wait. One wrote to us.',
    );
    expect(heard.experience.triggers).toEqual(['We heard from', 'one mum in our group described', 'One wrote']);
    expect(evidenceSignals('It is our experience that advice early on helps.').experience.triggers).toEqual([
      'our experience',
    ]);
    expect(evidenceSignals("Families can experience long waits for their child's review.").experience.found).toBe(
      false,
    );
  });

  it('counts "schools need ring-fenced funding" as a solution', () => {
    expect(evidenceSignals('Schools need ring-fenced funding.').solutions.triggers).toEqual(['need ring-fenced']);
  });

  it('counts counts and rates written in words, and not an age phase or the parts of an argument', () => {
    expect(
      evidenceSignals(
        'We held four listening events; she moved between three classes, one day a week, for a whole year.',
      ).figures.triggers,
    ).toEqual(['four listening events', 'three classes', 'one day a week', 'a whole year']);
    expect(evidenceSignals('Two-thirds of parents agreed.').figures.triggers).toEqual(['Two-thirds']);
    expect(evidenceSignals('Transport for post-16 learners raises two main concerns.').figures.found).toBe(false);
  });

  it('finds an example announced as one or set in a named place, not "such as ours"', () => {
    expect(
      evidenceSignals('To give one example, a headteacher in Leeds cut staff. A good model is the service in Bradford.')
        .examples.triggers,
    ).toEqual([
      'one example',
      'A good model is',
      'a headteacher in Leeds',
      'the service in Bradford',
      'in Leeds',
      'in Bradford',
    ]);
    expect(evidenceSignals('Organisations such as ours help a school in England in September.').examples.found).toBe(
      false,
    );
  });

  it("finds accounts from the writer's own work, and not lived experience spoken of in the abstract", () => {
    expect(
      evidenceSignals(
        "Families we work with describe exhaustion. A Year 11 student we support missed her exams. We've seen families give up.",
      ).experience.triggers,
    ).toEqual(['Families we work with describe', 'A Year 11 student we support', "We've seen families"]);
    expect(
      evidenceSignals(
        'One member, a headteacher in Leeds, explained the cuts. Across our five schools we have had to turn children away.',
      ).experience.triggers,
    ).toEqual(['One member, a headteacher in Leeds, explained', 'we have had to', 'Across our five schools']);
    expect(evidenceSignals('People with lived experience must be involved.').experience.found).toBe(false);
  });

  it('finds proposals made without "should", and not platitudes or politeness', () => {
    expect(
      evidenceSignals(
        'One option would be to give SENCos time. We would like the Government to consult forums. Please do not make it harder. The system would be improved by a single contact. We would encourage the Department to act.',
      ).solutions.triggers,
    ).toEqual([
      'We would encourage',
      'would like the Government to',
      'Please do not',
      'One option would be',
      'would be improved by',
    ]);
    expect(
      signalFlags(
        evidenceSignals(
          'Inclusion should be at the heart of the system and must be central to the reforms. We welcome the consultation and would like the opportunity to meet. One option is to do nothing.',
        ),
      ).solutions,
    ).toBe(false);
  });

  it('finds examples in a named place, a named way of working, an imagined or named child, and a setting known', () => {
    expect(
      evidenceSignals(
        "In Cumbria the wait is long. Rochdale's approach is often cited. Imagine a pupil, let's call him Sam. Tom, aged 6, waits. One nursery we know copes. Something like the Hub in Kent would help.",
      ).examples.triggers,
    ).toEqual([
      'In Cumbria',
      'in Kent',
      "Rochdale's approach",
      'is often cited',
      'Imagine a',
      "let's call him",
      'Something like the Hub',
      'Tom, aged 6',
      'One nursery we know',
    ]);
    expect(
      evidenceSignals(
        "In Year 7 and in Ofsted's view, the Government's approach is in Early Years. Children's service plans differ.",
      ).examples.found,
    ).toBe(false);
  });

  it('counts "twice the" as a figure', () => {
    expect(evidenceSignals('It has twice the national rate.').figures.triggers).toEqual(['twice the']);
  });

  it("finds a setting in the writer's own trust, not a statistic across it or lived experience in the abstract", () => {
    expect(evidenceSignals('The special unit in our trust closed last spring.').experience.triggers).toEqual([
      'The special unit in our trust',
    ]);
    expect(evidenceSignals("Across our trust's 9 schools, 12 per cent have plans.").experience.found).toBe(false);
    expect(evidenceSignals('The lived experience of deaf pupils matters.').experience.found).toBe(false);
    expect(evidenceSignals('Our lived experience is of long waits.').experience.triggers).toEqual([
      'Our lived experience',
    ]);
  });

  it('finds "we want every…", "councils need to…" and "would like this…", not hardship or polite offers', () => {
    expect(
      evidenceSignals(
        'We want every school to publish it. Councils need to meet families. We would like this to be the norm.',
      ).solutions.triggers,
    ).toEqual(['We want every', 'would like this to', 'Councils need to']);
    expect(
      evidenceSignals(
        'Parents must fight for support. We would welcome further discussion and we want to thank officials.',
      ).solutions.found,
    ).toBe(false);
  });

  it('finds nothing in a bare statement of agreement, and "proposals" is not a proposal', () => {
    expect(signalFlags(evidenceSignals('We note the proposals and broadly agree.'))).toEqual({
      figures: false,
      examples: false,
      experience: false,
      solutions: false,
    });
  });
});

// Floors just under the fresh held-out figures (batch 4's odd indexes, 24 passages) measured once the rules were
// frozen: figures 0.90 / 0.90, examples 0.86 / 0.50, experience 1.00 / 0.67, solutions 0.88 / 0.70. A rule change
// that loses ground on passages it was never tuned on fails here.
const FLOORS = {
  figures: { precision: 0.89, recall: 0.89 },
  examples: { precision: 0.85, recall: 0.49 },
  experience: { precision: 0.99, recall: 0.66 },
  solutions: { precision: 0.87, recall: 0.69 },
};

describe('evidence signals on the fresh held-out passages', () => {
  const scores = measureEvidenceSignals();
  for (const [signal, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, (typeof FLOORS)['figures']][]) {
    it(`${signal}: precision and recall stay above their floors`, () => {
      expect(scores[signal].precision).toBeGreaterThanOrEqual(floor.precision);
      expect(scores[signal].recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
