// Plain constants, without zod, so the window's first screen can label sources without building any schema.
export const SOURCE_KINDS = [
  'press-release',
  'written-answer',
  'speech',
  'report',
  'slide-deck',
  'web-page',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'press-release': 'Press release',
  'written-answer': 'Written answer',
  speech: 'Speech',
  report: 'Report',
  'slide-deck': 'Slide deck',
  'web-page': 'Web page',
  other: 'Other',
};
