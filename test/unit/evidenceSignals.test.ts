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

  it('does not count the day of a date as a figure, and still counts a quantity beside one', () => {
    const dated =
      'The Minister answered on 25th March 2024; the plan was published on 14 April 2022 (or March 30, 2023).';
    expect(evidenceSignals(dated).figures).toEqual({ found: false, triggers: [] });
    expect(evidenceSignals('On 14 April 2022, 38 families were still waiting.').figures.triggers).toEqual(['38']);
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
    expect(heard.experience.triggers).toEqual([
      'We heard from',
      'one mum in our group described',
      'One wrote',
      'wrote to us',
    ]);
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
      'Sam',
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
      'our trust closed',
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

  it('does not take "I agree", "I think", "in my view" or a document that "does not tell us" for an account', () => {
    expect(
      evidenceSignals(
        'I agree with the template. I think it is right, and in my view it will help. I have read the chapter. The detail does not tell us how it works, and it is most marked across our schools.',
      ).experience.found,
    ).toBe(false);
    expect(
      evidenceSignals('I understand the appeal. But I worked in such a post and found myself isolated.').experience
        .triggers,
    ).toEqual(['I', 'myself']);
  });

  it("finds people coming to the writer and the writer's own organisation in a narrated past", () => {
    expect(
      evidenceSignals(
        'Calls to our helpline tell the same story; she called us in May. Last spring our SENCO found out by chance. Respondents to our survey said it was late.',
      ).experience.triggers,
    ).toEqual(['Respondents to our survey said', 'Calls to our', 'called us', 'our SENCO found']);
    expect(evidenceSignals('Around 38 per cent of our members said it was late.').experience.found).toBe(false);
  });

  it('finds a case put to the reader, a child by age, instances counted off and a past instance', () => {
    expect(
      evidenceSignals(
        'Take transport. Consider the position of a child who moves. A seven-year-old I saw was refused. In one London borough it works. One council wants a form, another a portal, and a third paper. One of our academies opened a base, as happened with the 20-week limit.',
      ).examples.triggers,
    ).toEqual([
      'In one London borough',
      'Consider the position of',
      'Take transport.',
      'A seven-year-old',
      'One council wants a form, another a portal, and a third',
      'One of our academies',
      'as happened',
    ]);
    expect(evidenceSignals('I am the parent of a 14-year-old; support for 16-year-olds is thin.').examples.found).toBe(
      false,
    );
  });

  it("finds a named place, programme or person inside a sentence, and not the system's own names or cited acts", () => {
    expect(
      evidenceSignals('A forum in the East Midlands co-chairs it; families use Portage, and my son Jake goes.').examples
        .triggers,
    ).toEqual(['East Midlands', 'Portage', 'Jake']);
    expect(
      evidenceSignals(
        'The Equality Act and the Timpson review matter to the Department, Ofsted and the Local Authority; by Christmas I had given up on the Education, Health and Care plan.',
      ).examples.found,
    ).toBe(false);
  });

  it('finds instructions, conditions and preferences as proposals, and not a proposal reported from others', () => {
    expect(
      evidenceSignals(
        'Instead, fund more training places. The standards will only earn trust if they set a floor. We would prefer a duty. It would help enormously if forms matched. The standards need a regulator. We are asking for a review. The guidance will have to be clearer.',
      ).solutions.triggers,
    ).toEqual([
      'Instead, fund',
      'will only earn trust if',
      'We would prefer',
      'We are asking',
      'It would help enormously if',
      'The guidance will have to',
      'need a regulator',
    ]);
    expect(
      evidenceSignals(
        'Some have argued that the remit should be narrowed. We do not support that. Support for families is patchy.',
      ).solutions.found,
    ).toBe(false);
  });

  it('does not count a vague "thousands of", "the first half of" or "level 2" as figures', () => {
    expect(
      evidenceSignals('Thousands of children wait; in the first half of the term few passed a level 2 course.').figures
        .found,
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

describe('evidence signals tuned on batch 6', () => {
  const examples = (text: string) => evidenceSignals(text).examples.triggers;

  it('finds a particular child: a boy or girl, a pupil in a Year group, a child known by an initial', () => {
    expect(examples('A boy in Year 4 at our school has a stammer.')).toEqual(['A boy']);
    expect(examples('The case concerned a girl with Down syndrome.')).toEqual(['a girl']);
    expect(examples('a Year 10 pupil was placed out of county; a child in Year 2 waited.')).toEqual([
      'a Year 10 pupil',
      'a child in Year 2',
    ]);
    expect(examples('J is eleven and autistic.')).toEqual(['J is eleven']);
    expect(examples('Whether a boy or a girl, every child needs a plan.')).toEqual([]);
  });

  it('finds a case study given, a neighbouring area and a case announced as one, not a case study on offer', () => {
    expect(examples('Case study: the family waited.')).toEqual(['Case study']);
    expect(examples('We can provide a case study on request.')).toEqual([]);
    expect(examples('whereas in our neighbouring borough each cluster has a psychologist')).toEqual([
      'neighbouring borough',
    ]);
    expect(examples('Kent is the obvious case: failings remained.')).toEqual(['is the obvious case', 'Kent']);
    expect(examples("One respondent's words are typical.")).toEqual(['are typical']);
    expect(examples('It is typical for families to wait.')).toEqual([]);
    expect(examples('This is what early therapy looks like.')).toEqual(['what early therapy looks like']);
    expect(examples('Our case shows how much depends on the caseworker.')).toEqual(['Our case shows']);
  });

  it('finds a setting put to the reader and things listed after "like", not a child admitted to a school', () => {
    expect(examples('Rules bite. Take a small primary with six pupils on SEN support.')).toEqual([
      'Take a small primary with',
    ]);
    expect(examples('Do the small things, like letting me wear ear defenders.')).toEqual([', like letting']);
    expect(examples('She was asked to take a child with profound needs.')).toEqual([]);
  });

  it('finds a place named at the opening of a sentence, and not a weekday or a course level', () => {
    expect(examples('Leeds has long funded clusters.')).toEqual(['Leeds']);
    expect(examples('She refused to go in on Mondays. I am doing a Level 2 course.')).toEqual([]);
  });

  it('counts teen and tens number words, a unit and a half and a hyphenated duration as figures', () => {
    expect(
      evidenceSignals(
        "The plan arrived fourteen months later, a term and a half late, an hour's drive away, past the twenty-week deadline.",
      ).figures.triggers,
    ).toEqual(['fourteen months', 'a term and a half', "an hour's drive", 'twenty-week']);
  });

  it("finds what was done to the writer's family and the writer's own setting, not a view that worries them", () => {
    const experience = (text: string) => evidenceSignals(text).experience.triggers;
    expect(experience('We were sent our draft with days to comment.')).toEqual(['We were sent']);
    expect(experience('A boy at our school has a stammer.')).toEqual(['at our school']);
    expect(experience('Mediation varies. In our authority the sessions that settle are short.')).toEqual([
      'In our authority',
    ]);
    expect(experience('Costs in our county rose sharply.')).toEqual([]);
    expect(evidenceSignals('The section on mediation worries me.').experience.found).toBe(false);
  });

  it('finds a proposal put as a question and what families need', () => {
    expect(evidenceSignals('Why not let special schools act as hubs?').solutions.triggers).toEqual(['Why not']);
    expect(evidenceSignals('Families need a named person.').solutions.triggers).toEqual(['Families need a']);
  });
});

describe('evidence signals tuned on batch 7', () => {
  it('does not take an opinion, an identity before a view, or a survey for an account', () => {
    const experience = (text: string) => evidenceSignals(text).experience.triggers;
    expect(experience("I'm not sure the template helps people like me.")).toEqual([]);
    expect(experience('I understand the appeal, but I am not persuaded, and I cannot see how it would work.')).toEqual(
      [],
    );
    expect(experience('Speaking as a teacher, I agree with the proposal.')).toEqual([]);
    expect(experience('Speaking as a teacher, I have watched plans go unread.')).toEqual([
      'I',
      'Speaking as a teacher',
    ]);
    expect(experience('Our forum surveyed 300 parents in the spring.')).toEqual([]);
    expect(experience('Our forum lost its only therapist in the spring.')).toEqual(['Our forum lost']);
  });

  it("finds one of the writer's own settings and what happened to the writer, not a case put to the reader", () => {
    const experience = (text: string) => evidenceSignals(text).experience.triggers;
    expect(experience('One of our schools, a junior school near Hull, admits many pupils mid-year.')).toEqual([
      'One of our schools',
    ]);
    expect(experience('The same thing happened to us last year.')).toEqual(['happened to us']);
    expect(experience('Imagine a mother whose appeal fails: her son loses a year.')).toEqual([]);
    expect(experience('The appeal failed and her son lost a year.')).toEqual(['her son']);
  });

  it('finds an instance announced by its wording', () => {
    const examples = (text: string) => evidenceSignals(text).examples.triggers;
    expect(examples('To take one family from our drop-in: the wait was long.')).toEqual(['To take one']);
    expect(examples('To put that in concrete terms, a small primary pays the first slice.')).toEqual([
      'in concrete terms',
    ]);
    expect(examples('Lists must be specific. Say, a quiet room in every school.')).toEqual(['Say']);
    expect(examples('Inspection has no teeth. Compare children’s social care.')).toEqual(['Compare']);
    expect(examples('A named contact would help, much like the key workers some trusts employ.')).toEqual([
      'much like the',
    ]);
    expect(examples('One caller, the mother of a nine-year-old, was refused twice.')).toEqual([
      'One caller, the mother of a nine-year-old,',
    ]);
    expect(examples('Time goes elsewhere: a visit to a nursery, an observation in class, a talk for staff.')).toEqual([
      ': a visit to a nursery, an observation in class, a talk for staff',
    ]);
    expect(examples('Something like the passport I was given would help.')).toEqual(['Something like the passport']);
    expect(examples('The step became a formality, as happened under the last reforms.')).toEqual(['as happened']);
    expect(examples('Think of a pupil who moves school twice.')).toEqual(['Think of a']);
  });

  it('does not count "in real terms", a tribunal tier or "the two systems" as evidence', () => {
    expect(evidenceSignals('Funding has fallen in real terms.').examples.found).toBe(false);
    expect(evidenceSignals('Families then appeal to the First-tier Tribunal.').examples.found).toBe(false);
    expect(evidenceSignals('Health and education are the two systems that rarely meet.').figures.found).toBe(false);
    expect(evidenceSignals('Two systems rarely meet.').figures.triggers).toEqual(['Two systems']);
  });

  it('does not count agreement, a reported proposal or a described duty as a solution, and finds "what would help"', () => {
    const solutions = (text: string) => evidenceSignals(text).solutions.triggers;
    expect(solutions('We agree that the standards should be clear.')).toEqual([]);
    expect(solutions('The paper says every child should get the same support.')).toEqual([]);
    expect(solutions('The family must then decide whether to appeal.')).toEqual([]);
    expect(solutions('What would help is a deadline for amendments.')).toEqual(['What would help is']);
  });
});

// Floors just under the fresh held-out figures (batch 7's odd indexes, 30 passages) measured once the rules were
// frozen: figures 0.86 / 0.92, examples 0.90 / 0.75, experience 0.89 / 0.89, solutions 1.00 / 0.86. A rule change
// that loses ground on passages it was never tuned on fails here.
const FLOORS = {
  figures: { precision: 0.85, recall: 0.91 },
  examples: { precision: 0.89, recall: 0.74 },
  experience: { precision: 0.88, recall: 0.88 },
  solutions: { precision: 0.99, recall: 0.85 },
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
