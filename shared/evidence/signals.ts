// The four evidence signals government's analysis tools look for in an answer (specific figures, concrete examples,
// lived experience, proposed solutions), found by plain rules and word lists so a user can see why each was found.
// Tuned only on passages 0–378 and batch 7's even indexes of test/fixtures/evidence/passages.json; batch 7's odd
// indexes are the fresh held-out set, measured only after the rules were frozen.
import { namedInstances } from './names.ts';

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

/** Number words for a definite quantity; "hundreds of families" or "thousands of children" is not specific. */
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen';
const UNITS =
  'years?|months?|weeks?|days?|hours?|terms?|times|miles?|per cent|percent|pupils?|children|families|parents|schools?|councils?|plans?|cases?|calls?|members?';

const TIME_UNIT = '(?:hour|day|week|fortnight|month|term|year|school year)';

/** A single unit of time given as a quantity: "over an hour each way", "less than a week's notice", "a whole year". */
const ABOUT_ONE_UNIT = `(?:(?:over|more than|less than|under|nearly|almost|at least|up to|within)\\s+(?:an?|one)|(?:an?|one)\\s+(?:whole|full|entire))\\s+${TIME_UNIT}`;

/** A unit and a half, or one unit's travel or notice: "a term and a half", "an hour's drive away". */
const UNIT_AND_A_HALF = `(?:an?|one)\\s+${TIME_UNIT}\\s+and\\s+a\\s+half|(?:an|one)\\s+(?:hour|day|week|month)'s\\s+(?:drive|journey|travel|walk|notice|wait)`;

/** A duration written as one word before a noun: "the twenty-week deadline", "a three-year settlement". */
const HYPHENATED_DURATION = `(?:${NUMBER_WORDS})-(?:minute|hour|day|week|month|term|year|mile)`;

/** A rate: "one day a week", "two hours per term". */
const RATE = `(?:an?|one|${NUMBER_WORDS})\\s+${TIME_UNIT}s?\\s+(?:a|an|per|each|every)\\s+${TIME_UNIT}`;

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = '(?:was|has|does|this|thus|across|always|perhaps|unless|its|his|hers|ours|theirs|yours)\\b';
/** "Two main concerns", "three proposals": counting the parts of an argument is not evidence. */
const PARTS_OF_AN_ARGUMENT =
  '(?:concerns|points|reasons|issues|proposals|options|questions|ways|things|areas|aspects|principles|changes|recommendations|priorities|problems|themes|parts|sides|elements|steps|matters|routes|tiers|types|kinds|categories|sections|chapters)\\b';
/** A count of things in words, "four listening events", "three classes": a number word, at most one describing word,
 * then a plural noun. "Two-tier" and "both" are not counts; "one" is too often a pronoun to count on its own; "the two
 * systems" points back at things already named rather than counting them. */
const COUNTED_THINGS = `(?<!\\b(?:the|these|those)\\s)(?:${NUMBER_WORDS})\\s+(?:[a-z-]+\\s+)?(?!${NOT_PLURAL}|${PARTS_OF_AN_ARGUMENT})(?:[a-z]{2,}s|people|staff|children)\\b`;

/** Where a number is a label, not a quantity: "Year 9", "Key Stage 2", "Question 5", "the Children and Families Act 2014". */
const LABELLED_NUMBER =
  /\b(?:Year|Years|Stage|Question|Q|Section|Part|Chapter|Annex|Paragraph|Act|Regulations?|Level|Tier|Step|Phase)\s+$/i;

/** An age phase, not a quantity: "post-16", "pre-16". */
const AGE_PHASE = /\b(?:post|pre)-$/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A day of the month is a date, not a quantity: "14 April 2022", "25th March", "March 25". */
const DAY_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`);
const MONTH_BEFORE_DAY = new RegExp(`\\b${MONTH}\\s+$`);

function figureTriggers(text: string): string[] {
  const found: string[] = [];
  // Numerals: money, percentages, and any number that is not a label, a bare year or part of a word ("B12").
  for (const m of text.matchAll(
    /£\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?|(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?\s?(?:%|per cent)?/giu,
  )) {
    // A trailing full stop or comma belongs to the sentence, not the number ("in 2023," is still a bare year).
    const token = m[0].trim().replace(/[.,]+$/, '');
    const before = text.slice(0, m.index);
    if (LABELLED_NUMBER.test(before) || AGE_PHASE.test(before)) continue;
    const after = text.slice(m.index + m[0].length);
    const day = /^\d{1,2}$/.test(token) && Number(token) <= 31;
    if (day && (DAY_BEFORE_MONTH.test(after) || MONTH_BEFORE_DAY.test(before))) continue;
    const bareYear = /^(?:19|20)\d\d$/.test(token);
    if (bareYear) continue;
    found.push(token);
  }
  // Quantities in words: "two years", "three in four", "a quarter of", "half of all".
  const wordy = new RegExp(
    `\\b(?:(?:${NUMBER_WORDS})\\s+(?:${UNITS})\\b|(?:one|two|three|four|five|nine)\\s+in\\s+(?:two|three|four|five|ten)\\b|(?:a|one)\\s+(?:quarter|third|fifth)\\s+of\\b|(?:two|three|four)[-\\s](?:thirds|quarters|fifths)\\b|(?<!\\b(?:first|second|last|other|latter)\\s)half\\s+of\\s+(?:all|our|the)\\b|(?:${NUMBER_WORDS})\\s+(?:of|in)\\s+(?:our|every|my|their|the|these|those|them)\\b|(?:twice|three times|four times|double|treble)\\s+(?:the|as)\\b|${ABOUT_ONE_UNIT}|${UNIT_AND_A_HALF}|${HYPHENATED_DURATION}|${RATE}|${COUNTED_THINGS})`,
    'gi',
  );
  for (const m of text.matchAll(wordy)) found.push(m[0]);
  return found;
}

/** Capitalised words after "in" that do not name a particular place: the country, a Year group, a month, a body. */
const NOT_A_PLACE =
  '(?:England|Britain|Great|Wales|Scotland|Northern|UK|The|Year|Key|January|February|March|April|May|June|July|August|September|October|November|December|Ofsted|Parliament|Government|Department|Reception|Autumn|Spring|Summer|Winter|English|Maths|Mathematics|Science|Our|Their|This|These|Those|Some|Many|Most|All|Each|Every|Part|Section|Chapter|Annex|Question|Local|National|Alternative|Special|Further|Higher|Early)\\b';

/** Bodies whose own approach is what a consultation answer discusses, not an instance from elsewhere. */
const NOT_AN_INSTANCE =
  '(?:Government|Department|Ofsted|DfE|Minister|Secretary|Council|Authority|Tribunal|NHS|England|Children|Parents?|People|Family|Families|Pupils?|Carers?)';

const EXAMPLE_PATTERNS: RegExp[] = [
  // "Such as ours" points at the writer, not at an instance.
  /\bsuch as\b(?!\s+(?:ours|us|theirs|them|these|those|this|mine)\b)/gi,
  /\bfor (?:example|instance)\b/gi,
  /\be\.g\./gi,
  /\bexamples? (?:include|includes|of this|is|are)\b/gi,
  // "In one case", "in one London borough", "in one large county".
  /\bin one (?:[\w-]+ ){0,2}(?:case|county|area|authority|school|family|borough|city|town|region|council|trust|setting|academy|instance)\b/gi,
  // "Take a child with…" put to the reader; "asked to take a child" is admitting one, not an instance.
  /(?<!\bto )\b(?:consider|take) (?:a|the) (?:pupil|child|family|case|example|parent|school)\b/gi,
  // A hypothetical or particular case put to the reader: "Consider the position of a child who…", "Take transport."
  /\b[Cc]onsider (?:an? |the (?:case|position|situation|experience|example) of\b|what happens (?:to|when)\b)/g,
  /(?<=^|[.!?]\s+)Take (?:the |a |an |our )?[\w'-]+(?: [\w'-]+){0,5}[.:]/g,
  // "Take a one-form-entry primary with six pupils on SEN support…": a setting or person described for the reader.
  /(?<=^|[.!?]\s+)Take (?:a|an|one) [\w-]+(?: [\w-]+){0,3} (?:with|who|whose|that|where)\b/g,
  // A particular child by age: "a seven-year-old I saw", "a 15-year-old was placed" (not "a parent of a 14-year-old",
  // whose own child is experience, nor "16-year-olds" in general).
  /(?<!\bof )\b[Aa]n? (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)-year-old\b(?!s)/g,
  // Instances counted off one by one: "one wants…, another insists…, and a third still posts…".
  /\bone\b[^.]{0,150}\banother\b[^.]{0,150}\b(?:a|the) third\b/gi,
  // A particular setting of the writer's own: "One of our academies, a secondary in a coastal town, opened…".
  /\bone of (?:our|their) (?:[\w-]+ )?(?:academies|schools|settings|nurseries|colleges|services|trusts|units|primaries|secondaries)\b/gi,
  // A past instance set beside the point: "as happened with the 20-week timescale".
  /\bas happened\b|\bas (?:was the case|we saw|we have seen) (?:with|in)\b/gi,
  /\ba case in point\b|\bby way of (?:example|illustration)\b|\bone such\b|\bas an example\b|\bhere is an? (?:example|case)\b|\bone instance\b/gi,
  /\bthe case of\b/gi,
  /\bto illustrate\b|\billustrat(?:es|ed|ion)\b/gi,
  /\b(?:has|have) piloted\b/gi,
  // "Areas like Camden": "like" only when a name follows, so "schools like ours" and "would like" are not examples.
  /\b(?:[Aa]reas?|[Aa]uthorities|[Cc]ouncils?|[Cc]ount(?:y|ies)|[Bb]oroughs?|[Cc]it(?:y|ies)|[Ss]chools?|[Tt]rusts?|[Ss]ervices?) like [A-Z][\w']+/g,
  /\b(?:in )?a recent case\b|\bone family (?:we|who)\b/gi,
  // An example announced as one: "to give one example", "another example", "a good model is".
  /\b(?:one|another|a further|a single) example\b/gi,
  /\b(?:a|one|another) (?:good|useful|strong|clear|striking|telling|recent) (?:model|example|illustration|instance)(?: of (?:this|good practice|what works))? (?:is|was|comes from|can be seen|can be found)\b/gi,
  // A particular person or setting in a named place: "a headteacher in Leeds", "the arrangement in Bradford".
  new RegExp(
    `\\b(?:[Aa]n?|[Oo]ne|[Tt]he) (?:[\\w-]+ ){0,3}(?:headteacher|head teacher|teacher|SENCo|SENDCo|school|academy|nursery|college|family|parent|mother|father|council|authority|trust|service|arrangement|pilot|scheme|project|programme|partnership|hub) (?:in|from|at) (?!${NOT_A_PLACE})[A-Z][\\w'-]+`,
    'g',
  ),
  // A named place offered as an instance: "in Gloucestershire the median wait", "in Bristol, Bath and North Somerset".
  new RegExp(`\\b[Ii]n (?!${NOT_A_PLACE})[A-Z][a-z]+\\b`, 'g'),
  // A named place's own way of working: "Wigan's approach", "Leeds's model".
  new RegExp(
    `\\b(?!${NOT_AN_INSTANCE}\\b)[A-Z][a-z]+'s (?:approach|model|scheme|programme|pilot|arrangement|practice|offer|service)\\b`,
    'g',
  ),
  /\b(?:is|are|was|were) (?:often|frequently|widely|rightly) (?:cited|quoted|held up|praised)\b/gi,
  // A hypothetical instance: "imagine a Year 9 pupil, let's call her Amira", "something like the Local Offer pages".
  /\b(?:imagine|picture|think of|suppose) (?:a|an|two|three)\b|\blet's call (?:her|him|them)\b/gi,
  // An instance announced by its wording: "to take one family from our coffee morning", "to put that in concrete
  // terms", "Say, a visual timetable…", "Compare children's social care", "much like the keyworkers the NHS…".
  /\bto take (?:just |only )?(?:one|a single)\b|\bin concrete terms\b|\bconcretely\b/gi,
  /(?<=^|[.!?]\s+)(?:Say|Compare|Take one)\b/g,
  /\b(?:much|just|rather|very much) like (?:the|a|an|our|my|what)\b/gi,
  // One person picked out and described: "One caller, the father of a six-year-old, had been turned away…".
  /\b[Oo]ne (?:caller|parent|mother|father|mum|dad|family|member|pupil|child|boy|girl|student|young person|grandmother|grandfather|grandparent|carer|headteacher|SENCO|SENCo|teacher), (?:the|a|an|whose|who) [^,.]{3,60},/g,
  // Particular things listed after a colon: "crowds out early work: a drop-in for…, a half-day observation…, a…".
  /:\s+(?:an?|the|some) [^.;:]{4,90}, (?:an?|the|some) [^.;:]{4,90},? (?:and |or )?(?:an?|the|some) [a-z][^.;:]*/g,
  /\b[Ss]omething like (?:the |our |my )?(?:[A-Z][\w'-]+|(?<=the |our |my )[a-z][\w'-]+)/g,
  // A particular (even invented) child introduced by name and age: "Priya, aged 7".
  /\b[A-Z][a-z]+, (?:aged|age) \d+\b/g,
  // A particular child: "a boy in Year 4 at our school", "a girl with Down syndrome", "a Year 10 pupil with an EHCP",
  // or one known by an initial, "J is eleven" (not "a boy or a girl", any child at all).
  /(?<!\bor )\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){0,2}(?:boy|girl)\b(?! or\b)/g,
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:Year \d+|Reception) (?:pupil|student|child|boy|girl|learner)\b/g,
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:pupil|student|child|learner) in (?:Year \d+|Reception)\b/g,
  /\b[A-Z] is (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/g,
  // A case study given, as a heading ("Case study: …") or in the text; not one offered for later ("we can provide a
  // case study", "case studies are available").
  /(?<!\b(?:provide|share|supply|send|offer|give|submit)\s+(?:an?|any|further|more|some)?\s*(?:[\w-]+\s+)?)\bcase study\b/gi,
  // A neighbouring area set beside the writer's own: "whereas in our neighbouring borough…".
  /\bneighbouring (?:borough|county|authority|council|area|trust|school)s?\b/gi,
  // A case announced as one: "Kent is the obvious case", "one respondent's words are typical", "what good provision
  // looks like in practice", "shows what they mean in practice".
  /\b(?:is|was) (?:the|an?|one) (?:obvious|clear|clearest|good|prime|striking|classic|telling|best|worst|latest|recent) (?:case|example|instance|illustration)\b/gi,
  // Not "it is typical for families to wait", a claim about families in general.
  /(?<!\b[Ii]t )\b(?:is|are) typical\b/g,
  /\bwhat (?:[\w'-]+ ){0,6}(?:looks like|means in practice|mean in practice)\b/gi,
  /\b(?:our|this|her|his|their|one|that) (?:case|story|example|account) (?:shows|illustrates|demonstrates)\b/gi,
  // Particular things listed after "like": "the small things, like letting me wear ear defenders".
  /, like [a-z]+ing\b/g,
  // A particular setting the writer knows of: "one school we know in the North East".
  /\b(?:one|a|another) (?:[\w-]+ ){0,2}(?:school|academy|nursery|college|council|authority|trust|family|setting) (?:we|I) know\b/gi,
];

/** What follows "I" when it gives a view or introduces the response rather than an account: "I agree", "I think",
 * "I would urge", "I'm not sure", "I have read the proposals", "I am writing in response". */
const NOT_AN_ACCOUNT =
  "(?:(?:also|strongly|broadly|fully|firmly|very much|really|therefore|would|would also|do|do not|don't|can|cannot|can't|could|could not|couldn't|am|'m|have|'ve|not|still)\\s+)*(?:agree|disagree|think|believe|support|welcome|hope|understand|accept|note|recognise|feel that|have nothing|nothing|could give|urge|propose|recommend|suggest|want|like|doubt|fear|share|endorse|oppose|question|wonder|sure|convinced|persuaded|see (?:no|any|anything|how|why|what|that|the (?:appeal|point|logic|case))|suspect|worry|imagine|assume|know that|feel (?:strongly|it|this)|find it|regret|trust that|concerned|worried|pleased|glad|unsure|aware|appreciate|expect|add|say|argue|ask|prefer|stress|emphasise|echo|reiterate|commend|thank|read|considered|looked at|reviewed|writing (?:to|in)|responding|respond)\\b";

/** A sentence that puts a case to the reader rather than reporting one: "Consider a child who…", "Suppose a parent…",
 * "if a family…". Accounts inside it are invented, not lived. */
const HYPOTHETICAL =
  '(?<!(?:\\b(?:[Cc]onsider|[Ii]magine|[Pp]icture|[Ss]uppose)\\b|\\bSay,|\\b[Ii]f (?:a|an|the|one|your)\\b|\\b[Ww]here (?:a|an)\\b)[^.!?]{0,120})';

const EXPERIENCE_PATTERNS: RegExp[] = [
  // First-hand accounts: the writer's own "I" and "my", but not "I agree" or "in my view", which give an opinion.
  // "I'm" is taken whole, so that "I'm not sure" is not found as a bare "I".
  new RegExp(`\\bI(?:'ve|'m|'d)?(?![\\w'.])(?!\\s+${NOT_AN_ACCOUNT})`, 'g'),
  /(?<!\bin )\b(?:my|me|myself)\b(?<!\b(?:seems to|appears to|let|for|like|worries|concerns|strikes|surprises|troubles) me)(?! (?:view|opinion|judgement|response|answer|submission|concerns?|points?|reading|understanding|sense|worry|fear|hope|belief|feeling|suggestion|recommendation|question)\b)/gi,
  // A particular family's child ("her son", "their daughter"); "their child's" is too often generic to count. Not in
  // a case put to the reader: "Imagine a mother whose appeal fails: her son…", "if a parent says his daughter…".
  new RegExp(
    `${HYPOTHETICAL}(?:\\b(?:our|her|his) (?:son|daughter|child)(?:'s)?\\b|\\btheir (?:son|daughter)(?:'s)?\\b)`,
    'gi',
  ),
  // Who the writer is, unless a view follows straight away: "Speaking as a SENCO, I agree with…" is an opinion.
  new RegExp(
    `\\b(?:as|speaking as) (?:an? |the )?(?:(?:parent|mother|father|carer|parent carer|parent-carer|foster carer|grandparent|SENCo|SENDCo|teacher|headteacher|head teacher|governor|social worker|therapist|educational psychologist|paediatrician)|(?:disabled|autistic|deaf|blind|neurodivergent|dyslexic) (?:adult|person|woman|man|parent|young person))\\b(?!,?\\s+(?:I|we)\\s+${NOT_AN_ACCOUNT})`,
    'gi',
  ),
  // Accounts passed on: "we heard from one father", "we asked our members", "one mum in our forum described".
  /\b(?:we|I) (?:heard|have heard|hear) from\b/gi,
  /\b(?:we|I) (?:asked|spoke to|talked to|listened to) (?:our )?(?:members|parents|families|carers|young people)\b/gi,
  // "One member, a headteacher in Leeds, explained": a short description may sit between the person and the verb.
  new RegExp(
    `${HYPOTHETICAL}\\b(?:one|a|another) (?:parent|parent carer|mother|father|mum|dad|grandmother|grandfather|grandparent|carer|foster carer|family|member|young person|pupil|student|respondent|headteacher|head teacher|teacher|SENCo|SENDCo|colleague|member of staff)(?: (?:in|from|at) (?:our|the) [\\w-]+|, [^,.]{1,60},)? (?:told|said|says|wrote|writes|described|explained|shared)\\b`,
    'gi',
  ),
  /\bone (?:wrote|said|told us|described)\b/gi,
  // Groups the writer knows passing on accounts: "families we work with describe", "respondents to our survey described".
  /\b(?:parents|families|members|carers|mothers|fathers|mums|dads|young people|respondents)(?: (?:we|I) (?:work with|support|spoke to|surveyed|represent)| (?:to|in|from|at) our [\w'-]+(?: [\w'-]+)?)? (?:have |had )?(?:describe|described|explained|shared|wrote)\b/gi,
  // What the people the writer works for keep saying: "our members report", "families we support tell".
  /\b(?:our members|(?:parents|families|carers|young people) (?:we|I) (?:work with|support|represent|spoke to))(?: (?:regularly|often|repeatedly|consistently))? (?:say|report|tell|describe)\b/gi,
  // The writer's practice, met again and again: "we regularly see families who…".
  /\b(?:we|I) (?:regularly |often |routinely |still |now )?(?:see|hear from|meet|support|work with) (?:families|parents|children|pupils|young people|carers|mothers|fathers) (?:who|whose)\b/gi,
  // What they said, when it is not a share of them: "respondents to our survey said" (not "38 per cent of our members said").
  /(?<!\bof (?:our |the |their )?)\b(?:parents|families|members|carers|mothers|fathers|mums|dads|young people|respondents|pupils|students)(?: (?:to|in|from|at) our [\w'-]+(?: [\w'-]+)?)? (?:have |had )?(?:said|reported|told (?:us|me))\b/gi,
  // People coming to the writer: "she called us", "calls to our helpline", "a parent rang me".
  /\b(?:called|rang|phoned|contacted|emailed|wrote to|came to|approached) (?:us|me)\b|\b(?:calls|emails|letters|messages|enquiries) to our\b/gi,
  // The writer's own organisation in a narrated past: "our SENCO found out", "our budget went into deficit".
  /(?<!\bof )\bour (?:[\w-]+ ){0,2}?(?:SENCOs?|SENCos?|SENDCos?|staff|team|school|schools|pupils|children|students|families|members|head|headteacher|budget|trust|service|caseworkers?|helpline|forum|parents|academy|nursery|setting) (?:(?!(?:surveyed|polled|counted|estimated|calculated|analysed|recorded)\b)[a-z]+ed|went|had|was|were|lost|found|saw|took|began|came|told|wrote|rang|spent|made|gave|got|ran|left|became|paid|felt|knew)\b/gi,
  // A particular child or young person from the writer's own work: "a Year 11 student we support".
  /\b(?:a|one|another) (?:[\w-]+ ){0,3}(?:pupil|student|child|boy|girl|young person|teenager|family|parent|mother|father) (?:we|I) (?:support|supported|work with|worked with|taught|teach|know|knew|met)\b/gi,
  /\b(?:one of )?our members'? (?:children|child|sons?|daughters?)\b/gi,
  // The writer's own practice: "we have seen families give up", "we have had to turn children away".
  /\b(?:we|I)(?: have |'ve | )(?:seen|watched|witnessed) (?:families|parents|children|pupils|students|young people|many|too many|so many|a number of|staff|schools)\b/gi,
  /\b(?:we|I)(?: have|'ve) (?:had to|stopped|started|introduced|trained|set up|run)\b/gi,
  // "Across our trust's 14 schools, 19 per cent…" introduces a statistic, not an account.
  // Opening a sentence, it frames the writer's own settings; mid-sentence ("most sharply across our schools") it only
  // qualifies a claim.
  /(?<=^|[.!?]\s+)Across our (?:[\w-]+ ){0,2}(?:trust|schools|academies|services|settings|forum|network|members|practice)\b(?!'s)/g,
  // A particular setting in the writer's own organisation: "the pupil referral unit in our trust that lost…".
  /\b(?:the|a|one) (?:[\w-]+ ){0,3}(?:unit|school|academy|nursery|college|setting|service|provision) (?:in|at|within) our (?:trust|federation|group|partnership|network|forum)\b/gi,
  // "One of our academies, a primary in north Staffordshire, takes…": one of the writer's own settings.
  /\bone of (?:our|my) (?:[\w-]+ )?(?:academies|schools|settings|nurseries|colleges|services|units|primaries|secondaries|clinics|families|members)\b/gi,
  // Something that befell the writer: "as happened to us", "what happened to my son".
  /\bhappened to (?:us|me|my|our)\b/gi,
  /\bcase stud(?:y|ies)\b/gi,
  // "What the detail does not tell us" is about a document, not an account.
  /(?<!\b(?:not|n't|never) )\b(?:told|tell|telling) us\b/gi,
  /\b(?:described|describes|explained|shared with us) how\b/gi,
  /\b(?:my|our) (?:own )?(?:lived )?experience\b/gi,
  // "Lived experience" alone ("the lived experience of disabled young people must…") is spoken of in the abstract;
  // the writer's own is found above.
  /\bfirst-hand\b/gi,
  // What was done to the writer's family: "We were sent our draft with 15 days to comment".
  /\b[Ww]e were (?:sent|told|given|offered|asked|refused|promised|left)\b/g,
  // The writer's own setting: "a boy in Year 4 at our school"; opening a sentence, "In my college, we regularly…",
  // "In our authority the sessions that settle…" (mid-sentence, "costs in our county rose" only places a statistic).
  /\b(?:at|in) our (?:own )?(?:school|college|nursery|academy|primary|secondary|setting|unit|special school|clinic)\b/gi,
  /(?<=^|[.!?]\s+)In (?:our|my) (?:own )?(?:authority|trust|school|college|area|borough|county|service|practice|forum|setting|nursery|academy|caseload|team|network|group|clinic)\b/g,
];

/** What follows "should" or "must" in a platitude rather than a proposal: "should be at the heart of the system". */
const PLATITUDE =
  "\\s+be\\s+(?:at the (?:heart|centre) of|central to|heard throughout|paramount|everyone's business|put first)";

/** Someone else's proposal reported earlier in the sentence, or the writer agreeing with one: "Some have argued that
 * the remit should be narrowed", "it says everyone should get the same support", "we agree that they should…". */
const REPORTED_PROPOSAL =
  '(?<!(?:\\b(?:[Ss]ome|[Oo]thers|[Rr]espondents|[Cc]olleagues|[Cc]ritics|[Ii]t has been|[Ii]t is sometimes)\\b[^.;]{0,40}\\b(?:argued|argue|suggested|suggest|proposed|propose|claimed|claim|floated|said|say)|\\b(?:[Ii]t|[Pp]aper|[Cc]onsultation|[Pp]roposals?|[Gg]uidance|[Cc]ode) (?:says|said|states|stated|proposes|proposed|suggests|suggested|argues|argued|claims|sets out)|\\bagreed?|\\bagrees) (?:that )?\\b[^.;]{0,100})';

/** Verbs that open a sentence as an instruction to whoever decides: "Instead, fund more training places." */
const IMPERATIVE =
  "fund|give|require|make|publish|stop|ensure|introduce|remove|extend|keep|let|allow|send|ask|put|bring|end|scrap|drop|replace|train|invest|guarantee|protect|restore|listen|involve|include|treat|pay|ring-fence|legislate|create|build|appoint|write|start|move|check|measure|tell|look|raise|reduce|increase|expand|abolish|reform|simplify|streamline|strengthen|enforce|hold|provide|offer|support|recognise|resource|mandate|consult|co-produce|align|waive|do not|don't|never";
/** Words after a sentence's first word showing it is a noun, not an instruction: "Support for families is patchy". */
const NOT_AN_INSTRUCTION =
  'for|of|is|are|was|were|has|have|had|and|or|in|on|at|from|to|with|by|needs?|can|could|will|would|should|must|may|might|remains?|seems?|levels?|times?|plans?|workers?|staff|services?|budgets?|arrangements?|costs?|me|us not';

const SOLUTION_PATTERNS: RegExp[] = [
  new RegExp(`${REPORTED_PROPOSAL}\\bshould(?:n't| not)?\\b(?!${PLATITUDE})`, 'gi'),
  // "Families must fight to enforce", "the school must then keep gathering evidence" describe; they propose nothing.
  new RegExp(
    `${REPORTED_PROPOSAL}\\bmust\\b(?!${PLATITUDE}|\\s+(?:fight|battle|struggle|endure|then|still|often|usually|already|typically|currently)\\b)`,
    'gi',
  ),
  // An instruction: "Instead, fund additional training places", "Send us the paperwork".
  new RegExp(
    `(?<=^|[.!?]\\s+)(?:(?:Instead|So|Then|Simply|Just|First|Second|Third|Finally|Above all|In short),?\\s+)?(?:${IMPERATIVE})\\b(?!\\s+(?:${NOT_AN_INSTRUCTION})\\b)`,
    'gi',
  ),
  // A condition set for success: "the standards will only earn trust if they set a legal minimum".
  /\b(?:will|would|can|could) only (?:\w+ ){1,3}(?:if|once)\b/gi,
  /\b(?:we|I) would (?:much |strongly |far )?prefer\b/gi,
  /\b(?:we|I) are (?:therefore )?(?:asking|calling|urging|pressing|proposing|recommending)\b|\bour (?:recommendation|proposal|ask|suggestion|request) (?:is|would be)\b|\bthere (?:has|have) to be\b|\bit is (?:high |now |long )?(?:past )?time (?:to|for|that)\b/gi,
  /\bit would (?:\w+ )?(?:help(?: \w+)?|be (?:\w+ )?(?:better|helpful|fairer|simpler|sensible|good|easier|wise|useful)) (?:if|to)\b/gi,
  /\b(?:is|are) (?:urgently|badly) needed\b|\bwhat (?:is|would be) (?:needed|required) is\b|\bwhat (?:would|will|might|could) (?:really )?(?:help|work)(?: \w+)? (?:is|are|would be)\b/gi,
  /\bought to\b/gi,
  /\b(?:we|I) (?:would |strongly |therefore )*(?:propose|recommend|suggest|urge|call on|call for|ask|encourage|invite|press|want to see|would like to see)\b/gi,
  // "We welcome the consultation" and "we would welcome further discussion" are politeness; "we would welcome a
  // duty…" asks for something.
  /\b(?:we|I) would (?:strongly )?welcome\b(?! (?:further |the )?(?:discussion|opportunity|chance|engagement|conversation|dialogue|meeting)s?\b)/gi,
  // "We want every family to be given…" (not "we want to thank…").
  /\b(?:we|I) want (?!to\b)(?:every|all|each|the|schools?|councils?|families|parents|children|local|more|a|an)\b/gi,
  // "We would like the Government to set out…": someone named is asked to act (not "would like to thank").
  /\b(?:would|'d) like (?:the|this|these|all|every|each|local|more|schools?|councils?|[Gg]overnment|[Mm]inisters?|[Dd]epartment|DfE|NHS|Ofsted|ICBs?)\b(?! (?:opportunity|chance)\b)[^.;]{0,60}?\bto\b/gi,
  /\bplease (?:do not|don't|ensure|make|keep|stop|give|fund|consider|reconsider|listen|protect|remove|introduce|require|retain|think again|look again)\b/gi,
  // "One option would be to…" proposes; "one option is to do nothing" may only list it.
  /\b(?:one|an|another) (?:option|answer|solution|approach|way forward|remedy) (?:would be|could be)\b|\b(?:a better|the best|a simple|a fairer|a practical) (?:option|answer|solution|approach|way forward|remedy) (?:would be|is|could be)\b/gi,
  /\bwould be (?:improved|better served|strengthened|helped|fairer|simpler) (?:further )?(?:by|if)\b/gi,
  /\b(?:would|'d) like to see\b/gi,
  /\b(?:recommend|recommends|recommended that|propose|proposes|urge|urges|call on|calls on)\b/gi,
  /\b(?:needs?|need) to be\b/gi,
  /\b(?:needs?|need) (?:ring-fenced|more|additional|extra|proper|dedicated|protected|sustainable|long-term|guaranteed|statutory|independent|clear|a clear|a statutory|a national|a duty|a right)\b/gi,
  /\b(?:needs?|need) to (?:invest|fund|publish|ensure|introduce|make|create|provide|set|give|change|review|train)\b/gi,
  // Whoever runs the system needing to act proposes that they do: "councils need to hold review meetings…".
  /\b(?:councils?|local authorities|authorities|schools|the Department|DfE|government|ministers|ICBs?|NHS|Ofsted|tribunals?|trusts|providers|commissioners|the (?:new |national )?(?:standards|guidance|code|framework|dashboard|template|regulations|legislation)) (?:also |urgently |then )?(?:needs?|need|will need|would need|will have|would have|has|have) to\b/gi,
  // What is missing, named as a need: "the new standards need a regulator", "providers need a seat at the table".
  /\b(?:needs?|need) (?:a|an) (?:[\w-]+ ){0,2}?(?:regulator|duty|seat|right|body|route|mechanism|framework|lead|champion|budget|fund|strategy|standard|process|register|guarantee)\b/gi,
  /\bcould be (?:scaled up|rolled out|extended|expanded|adopted|replicated)\b/gi,
  // A proposal put as a question: "Why not let special schools act as outreach hubs?"
  /\b[Ww]hy not\b/g,
  // What the people the system serves need: "families need a named person who stays with them".
  /\b(?:families|parents|carers|children|schools|pupils|young people|teachers|SENCOs?) (?:need|needs) (?:a|an|more|better|proper)\b/gi,
];

function matches(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}

/** A name already inside another trigger ("In Kent") is not shown twice. */
function exampleTriggers(text: string): string[] {
  const phrases = matches(text, EXAMPLE_PATTERNS);
  return [...phrases, ...namedInstances(text).filter((name) => !phrases.some((phrase) => phrase.includes(name)))];
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
    examples: signal(exampleTriggers(text)),
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
