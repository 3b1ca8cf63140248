// The four evidence signals government's analysis tools look for in an answer (specific figures, concrete examples,
// lived experience, proposed solutions), found by plain rules and word lists so a user can see why each was found.
// Tuned only on the even-indexed passages of test/fixtures/evidence/passages.json; the odd half is held out.

export const SIGNALS = ['figures', 'examples', 'experience', 'solutions'] as const;
export type Signal = (typeof SIGNALS)[number];

/** Each signal: whether the answer carries it, and the words that made it so (empty when it does not). */
export type EvidenceSignals = Record<Signal, { found: boolean; triggers: string[] }>;

/** The one-line hint shown for a missing signal. */
export const SIGNAL_HINTS: Record<Signal, string> = {
  figures: 'Add a figure from your sources: a number, a percentage, a cost or a time taken.',
  examples: 'Add a concrete example: a named place, a case, "for example…".',
  experience: 'Add lived experience: what happened to a family, or what your members told you.',
  solutions: 'Say what should change: "we propose…", "the Department should…".',
};

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens';
const UNITS =
  'years?|months?|weeks?|days?|hours?|terms?|times|miles?|per cent|percent|pupils?|children|families|parents|schools?|councils?|plans?|cases?|calls?|members?';

/** A single unit of time given as a quantity: "over an hour each way", "less than a week's notice". */
const ABOUT_ONE_UNIT =
  '(?:over|more than|less than|under|nearly|almost|at least|up to|within)\\s+(?:an?|one)\\s+(?:hour|day|week|fortnight|month|term|year)';

/** Where a number is a label, not a quantity: "Year 9", "Key Stage 2", "Question 5", "the Children and Families Act 2014". */
const LABELLED_NUMBER = /\b(?:Year|Years|Stage|Question|Q|Section|Part|Chapter|Annex|Paragraph|Act|Regulations?)\s+$/i;

function figureTriggers(text: string): string[] {
  const found: string[] = [];
  // Numerals: money, percentages, and any number that is not a label, a bare year or part of a word ("B12").
  for (const m of text.matchAll(
    /£\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?|(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?\s?(?:%|per cent)?/giu,
  )) {
    // A trailing full stop or comma belongs to the sentence, not the number ("in 2023," is still a bare year).
    const token = m[0].trim().replace(/[.,]+$/, '');
    const before = text.slice(0, m.index);
    if (LABELLED_NUMBER.test(before)) continue;
    const bareYear = /^(?:19|20)\d\d$/.test(token);
    if (bareYear) continue;
    found.push(token);
  }
  // Quantities in words: "two years", "three in four", "a quarter of", "half of all".
  const wordy = new RegExp(
    `\\b(?:(?:${NUMBER_WORDS})\\s+(?:${UNITS})\\b|(?:one|two|three|four|five|nine)\\s+in\\s+(?:two|three|four|five|ten)\\b|(?:a|one)\\s+(?:quarter|third|fifth)\\s+of\\b|half\\s+of\\s+(?:all|our|the)\\b|(?:${NUMBER_WORDS})\\s+(?:of|in)\\s+(?:our|every|my|their|the|these|those|them)\\b|${ABOUT_ONE_UNIT})`,
    'gi',
  );
  for (const m of text.matchAll(wordy)) found.push(m[0]);
  return found;
}

const EXAMPLE_PATTERNS: RegExp[] = [
  /\bsuch as\b/gi,
  /\bfor (?:example|instance)\b/gi,
  /\be\.g\./gi,
  /\bexamples? (?:include|includes|of this|is|are)\b/gi,
  /\bin one (?:case|county|area|authority|local authority|school|family|borough|city|instance)\b/gi,
  /\b(?:consider|take) (?:a|the) (?:pupil|child|family|case|example|parent|school)\b/gi,
  /\bthe case of\b/gi,
  /\bto illustrate\b|\billustrat(?:es|ed|ion)\b/gi,
  /\b(?:has|have) piloted\b/gi,
  // "Areas like Camden": "like" only when a name follows, so "schools like ours" and "would like" are not examples.
  /\b(?:[Aa]reas?|[Aa]uthorities|[Cc]ouncils?|[Cc]ount(?:y|ies)|[Bb]oroughs?|[Cc]it(?:y|ies)|[Ss]chools?|[Tt]rusts?|[Ss]ervices?) like [A-Z][\w']+/g,
  /\b(?:in )?a recent case\b|\bone family (?:we|who)\b/gi,
];

const EXPERIENCE_PATTERNS: RegExp[] = [
  // First-hand accounts: the writer's own "I" and "my".
  /\bI(?:'ve|'m|'d)?\b(?!\.)/g,
  /\b(?:my|me|myself)\b/gi,
  // A particular family's child ("her son", "their daughter"); "their child's" is too often generic to count.
  /\b(?:our|her|his) (?:son|daughter|child)(?:'s)?\b|\btheir (?:son|daughter)(?:'s)?\b/gi,
  /\b(?:as|speaking as) (?:an? |the )?(?:parent|mother|father|carer|parent carer|parent-carer|foster carer|grandparent|SENCo|SENDCo|teacher|headteacher|head teacher|governor|social worker|therapist|educational psychologist|paediatrician)\b/gi,
  /\bas an? (?:disabled|autistic|deaf|blind|neurodivergent|dyslexic) (?:adult|person|woman|man|parent|young person)\b/gi,
  // Accounts passed on: "we heard from one father", "we asked our members", "one mum in our forum described".
  /\b(?:we|I) (?:heard|have heard|hear) from\b/gi,
  /\b(?:we|I) (?:asked|spoke to|talked to|listened to) (?:our )?(?:members|parents|families|carers|young people)\b/gi,
  /\b(?:one|a|another) (?:parent|parent carer|mother|father|mum|dad|carer|family|member|young person)(?: (?:in|from|at) (?:our|the) [\w-]+)? (?:told|said|says|wrote|writes|described|explained|shared)\b/gi,
  /\bone (?:wrote|said|told us|described)\b/gi,
  /\b(?:parents|families|members|carers|mothers|fathers|mums|dads) (?:have |had )?(?:described|explained|shared|wrote)\b/gi,
  /\bcase stud(?:y|ies)\b/gi,
  /\b(?:told|tell|telling) us\b/gi,
  /\b(?:described|describes|explained|shared with us) how\b/gi,
  /\b(?:my|our) (?:own )?experience\b/gi,
  /\bfirst-hand\b|\blived experience\b/gi,
];

const SOLUTION_PATTERNS: RegExp[] = [
  /\bshould(?:n't| not)?\b/gi,
  /\bmust\b/gi,
  /\bought to\b/gi,
  /\b(?:we|I) (?:propose|recommend|suggest|urge|call on|call for|ask|want to see|would like to see|would welcome)\b/gi,
  /\b(?:would|'d) like to see\b/gi,
  /\b(?:recommend|recommends|recommended that|propose|proposes|urge|urges|call on|calls on)\b/gi,
  /\b(?:needs?|need) to be\b/gi,
  /\b(?:needs?|need) (?:ring-fenced|more|additional|extra|proper|dedicated|protected|sustainable|long-term|guaranteed|statutory|independent|clear|a clear|a statutory|a national|a duty|a right)\b/gi,
  /\b(?:needs?|need) to (?:invest|fund|publish|ensure|introduce|make|create|provide|set|give|change|review|train)\b/gi,
  /\bit would be (?:better|helpful|fairer) if\b/gi,
  /\bcould be (?:scaled up|rolled out|extended|expanded|adopted|replicated)\b/gi,
];

function matches(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}

function signal(triggers: string[]): { found: boolean; triggers: string[] } {
  const unique = [...new Set(triggers)];
  return { found: unique.length > 0, triggers: unique };
}

/**
 * The evidence signals an answer's text carries. Pass the text as the reader sees it, quotations included:
 * a quoted figure is still a figure.
 */
export function evidenceSignals(text: string): EvidenceSignals {
  return {
    figures: signal(figureTriggers(text)),
    examples: signal(matches(text, EXAMPLE_PATTERNS)),
    experience: signal(matches(text, EXPERIENCE_PATTERNS)),
    solutions: signal(matches(text, SOLUTION_PATTERNS)),
  };
}

/** Just the booleans, as the form's JSON and the readiness check give them. */
export function signalFlags(signals: EvidenceSignals): Record<Signal, boolean> {
  return {
    figures: signals.figures.found,
    examples: signals.examples.found,
    experience: signals.experience.found,
    solutions: signals.solutions.found,
  };
}
