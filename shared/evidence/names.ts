// Names offered as instances, for the examples signal: a capitalised name inside a sentence that is not one of the
// system's own bodies, documents or terms ("a forum in the East Midlands", "Portage", "my son Jake").

/** A capitalised name inside a sentence: a place, programme, service or person ("a forum in the East Midlands",
 * "the Early Support model", "Amira"). Names after a full stop are left out: there every word is capitalised. */
const NAME =
  /(?<=[a-z,;(]\s)(?:St\.? )?[A-Z][a-z][\w'-]*(?:\s+(?:(?:of|and|for|the|on|upon)\s+)?[A-Z](?:[a-z]|[A-Z]+\b)[\w'-]*)*/g;

/** Capitalised words that name no particular instance: the country, the system's own bodies, documents and terms,
 * times of year, conditions and subjects. A name made only of these is not an example. */
const NOT_AN_INSTANCE_NAME = new Set(
  (
    'England English Britain British UK Department Government Minister Ministers Secretary State Parliament Treasury ' +
    'Ofsted Council Councils Authority Authorities Tribunal First-tier Upper Ombudsman Commissioner Committee Inspectorate ' +
    'Act Acts Bill Regulations Code Practice Review Reviews Report Paper Green White Inquiry Guidance Standards ' +
    'Framework Consultation Chapter Section Part Annex Question Schedule Clause Education Health Care Special ' +
    'Educational Needs Disabilities Disability Local Offer Plan Plans Annual Support Provision Alternative Inclusion ' +
    'Inclusive Dashboard Partnership Partnerships Tier Band Bands Independent Specialist Mainstream Primary Secondary ' +
    'Designated Clinical Officer Medical Integrated Board Boards Speech Language Therapy Therapist Therapists ' +
    'Occupational Psychologist Psychologists Psychology Headteacher Head Teacher Teachers Governor Governors ' +
    'Assessment Pupil Pupils Referral Unit Resource Base Service Services Trust Trusts Academy Academies School ' +
    'Schools College Colleges Nursery Early Years Further Higher Preparation Adulthood Ordinarily Available ' +
    'Graduated Approach Allowance Living Personal Independence Payment Carer Carers Parent Parents Children ' +
    'Families Young People Person National Reception Year Key Stage Term January February March April May June ' +
    'July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Weekends Christmas Easter ' +
    'Autumn Spring Summer Winter Down Asperger Tourette Braille Makaton Maths Mathematics Science Mr Mrs Ms Dr ' +
    'Level Levels Entry Improvement Forum Forums Network Group Charity Organisation Association'
  ).split(' '),
);
/** A named act, review or report is cited, not offered as an instance: "the Timpson review", "the Equality Act". */
const CITED_DOCUMENT = /^\s+(?:Act|Bill|Review|Report|Inquiry|Regulations|review|report|inquiry|Code)\b/;

/** English local authority areas, for a place named where every word is capitalised, at a sentence's opening ("Kent is
 * the obvious case", "Leeds, for example, has…"). Inside a sentence any name is caught by NAME. Places that are also
 * common words (Reading, Bury, Bath) are left out. */
const OPENING_PLACE = new RegExp(
  `(?<=^|[.!?:]\\s+)(?:${(
    'Kent Surrey Essex Devon Cornwall Norfolk Suffolk Lancashire Yorkshire Cumbria Durham Northumberland Hampshire ' +
    'Hertfordshire Gloucestershire Wiltshire Somerset Dorset Oxfordshire Derbyshire Nottinghamshire Leicestershire ' +
    'Lincolnshire Staffordshire Shropshire Cheshire Warwickshire Worcestershire Herefordshire Cambridgeshire ' +
    'Buckinghamshire Bedfordshire Northamptonshire Sussex Leeds Manchester Birmingham Liverpool Bristol Sheffield ' +
    'Bradford Newcastle Wigan Camden Hackney Islington Southwark Lambeth Croydon Barnet Coventry Nottingham Leicester ' +
    'Derby Plymouth Stoke Sunderland Hull Portsmouth Southampton Brighton Newham Haringey Rochdale Oldham Bolton ' +
    'Stockport Trafford Salford Tameside Calderdale Kirklees Wakefield Doncaster Rotherham Barnsley Gateshead ' +
    'Middlesbrough Hartlepool Darlington York Slough Luton Swindon Torbay Medway Thurrock Southend Lewisham ' +
    'Greenwich Hounslow Ealing Brent Enfield Redbridge Havering Bexley Bromley Sutton Merton Wandsworth Westminster ' +
    'Kensington Hammersmith Richmond Kingston Harrow Hillingdon Walsall Wolverhampton Dudley Sandwell Solihull ' +
    'Knowsley Sefton Wirral Blackpool Blackburn Cumberland Peterborough Norwich Ipswich Exeter Oxford Cambridge'
  )
    .split(' ')
    .join('|')})\\b`,
  'g',
);

/** The names in a text that may stand for a particular place, programme, service or person. */
export function namedInstances(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const words = m[0].split(/\s+/).filter((w) => !/^(?:of|and|for|the|on|upon)$/.test(w));
    const generic = words.every((w) => NOT_AN_INSTANCE_NAME.has(w.replace(/'s?$/, '')));
    const cited =
      words.some((w) => CITED_DOCUMENT.test(` ${w}`)) || CITED_DOCUMENT.test(text.slice(m.index + m[0].length));
    if (!generic && !cited) found.push(m[0]);
  }
  for (const m of text.matchAll(OPENING_PLACE)) if (!found.includes(m[0])) found.push(m[0]);
  return found;
}
