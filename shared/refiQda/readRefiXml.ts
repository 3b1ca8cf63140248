import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceKind } from '../domain/sourceKinds.ts';
import { AppError } from '../ipc/result.ts';
import {
  answerTypeLabelOfSet,
  isSourceKindVariable,
  sourceDetailOfVariable,
  sourceKindFromLabel,
  type SourceDetail,
  type SourceDetails,
} from './appAttributes.ts';
import {
  normaliseGuid,
  type RefiCode,
  type RefiCodebook,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiSource,
  type RefiText,
} from './refiModel.ts';

type Node = Record<string, unknown>;

// Elements that may repeat, read as arrays even when a file has only one.
const REPEATED = new Set([
  'Code',
  'User',
  'TextSource',
  'PDFSource',
  'PictureSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'PDFSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Case',
  'Variable',
  'Set',
  'MemberCode',
  'VariableValue',
  'Link',
  'Graph',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Tools write urn:QDA-XML:project:1.0, :0:4 or a prefix; the element names are what matter.
  removeNSPrefix: true,
  // A source's inline text must keep every space and line break.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Only XML's own five entities and character references; a DOCTYPE is refused before parsing.
  htmlEntities: false,
  isArray: (name) => REPEATED.has(name),
});

function invalid(fileName: string, why: string): AppError {
  return new AppError('invalid-input', `"${fileName}" could not be read: ${why}`);
}

/**
 * Parses REFI-QDA XML safely: a DOCTYPE (the door to external entities and "billion laughs" expansion) is refused
 * outright, as no REFI-QDA file needs one, and the XML must be well formed.
 */
function parse(fileName: string, xml: string): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw invalid(fileName, 'it declares a DOCTYPE or entities, which REFI-QDA files never need, so it was refused.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw invalid(fileName, `the XML is damaged (line ${valid.err.line}: ${valid.err.msg}).`);
  try {
    return parser.parse(xml) as Node;
  } catch (error) {
    // The parser's own limits (elements nested too deep, too many entities) end here too.
    throw invalid(fileName, `the XML could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
}

function child(node: Node | undefined, name: string): Node | undefined {
  const value = node?.[name];
  if (Array.isArray(value)) return list(value)[0];
  if (typeof value === 'object' && value !== null) return value as Node;
  // An empty element without attributes parses as ''.
  return value === '' ? {} : undefined;
}

function text(node: Node | undefined, name: string): string | undefined {
  const value = node?.[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const inner = (value as Node)['#text'];
    return typeof inner === 'string' ? inner : '';
  }
  return undefined;
}

function attr(node: Node | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function readCodes(node: Node | undefined): RefiCode[] {
  return list(node?.['Code']).map((code) => ({
    guid: normaliseGuid(attr(code, 'guid') ?? ''),
    name: (attr(code, 'name') ?? '').replace(/\s+/g, ' ').trim(),
    description: (text(code, 'Description') ?? '').trim(),
    // Liberal: a missing isCodable counts as codable, as most tools mean.
    isCodable: !/^(false|0)$/i.test(attr(code, 'isCodable') ?? 'true'),
    children: readCodes(code),
  }));
}

function readSelections(node: Node | undefined): RefiSelection[] {
  return list(node?.['PlainTextSelection']).map((s) => ({
    guid: attr(s, 'guid') ?? '',
    name: attr(s, 'name') ?? '',
    start: Number(attr(s, 'startPosition')),
    end: Number(attr(s, 'endPosition')),
    description: (text(s, 'Description') ?? '').trim(),
    codeGuids: list(s['Coding']).flatMap((c) => {
      const target = attr(child(c, 'CodeRef'), 'targetGUID');
      return target ? [normaliseGuid(target)] : [];
    }),
    noteGuids: noteRefs(s),
    creationDateTime: attr(s, 'creationDateTime') ?? null,
  }));
}

function noteRefs(node: Node): string[] {
  return list(node['NoteRef']).flatMap((ref) => {
    const target = attr(ref, 'targetGUID');
    return target ? [normaliseGuid(target)] : [];
  });
}

function readNotes(project: Node): RefiNote[] {
  return list(child(project, 'Notes')?.['Note']).map((n) => ({
    guid: normaliseGuid(attr(n, 'guid') ?? ''),
    name: (attr(n, 'name') ?? '').trim(),
    text: readText(n),
    selections: readSelections(n),
  }));
}

/** How many of a container's elements there are: `<Cases><Case/>…</Cases>`. */
function countOf(project: Node, container: string, element: string): number {
  return list(child(project, container)?.[element]).length;
}

function readText(node: Node): RefiText | null {
  const content = text(node, 'PlainTextContent');
  if (content !== undefined) return { content };
  const path = attr(node, 'plainTextPath');
  return path ? { path } : null;
}

/** The GUIDs of the project's variables the app reads: "Source kind" and the source details. */
function appVariables(project: Node): { kind: string | null; details: Map<string, SourceDetail> } {
  let kind: string | null = null;
  const details = new Map<string, SourceDetail>();
  for (const variable of list(child(project, 'Variables')?.['Variable'])) {
    const name = attr(variable, 'name') ?? '';
    const guid = normaliseGuid(attr(variable, 'guid') ?? '');
    if (!guid) continue;
    const detail = sourceDetailOfVariable(name);
    if (isSourceKindVariable(name)) kind ??= guid;
    else if (detail && ![...details.values()].includes(detail)) details.set(guid, detail);
  }
  return { kind, details };
}

/** A source's value of each text or date variable, by the variable's GUID. */
function variableValues(source: Node): Map<string, string> {
  const values = new Map<string, string>();
  for (const value of list(source['VariableValue'])) {
    const guid = normaliseGuid(attr(child(value, 'VariableRef'), 'targetGUID') ?? '');
    // Dates may come as text, as a date, or (from some tools) as a date and time, of which the date is kept.
    const content = text(value, 'TextValue') ?? text(value, 'DateValue') ?? text(value, 'DateTimeValue')?.slice(0, 10);
    if (guid && content !== undefined) values.set(guid, content);
  }
  return values;
}

function readAppVariables(
  source: Node,
  variables: ReturnType<typeof appVariables>,
): { sourceKind: SourceKind | null; details: SourceDetails } {
  const values = variableValues(source);
  const label = variables.kind ? values.get(variables.kind) : undefined;
  const details: SourceDetails = {};
  for (const [guid, detail] of variables.details) {
    const value = values.get(guid);
    if (value?.trim()) details[detail] = value;
  }
  return { sourceKind: label ? sourceKindFromLabel(label) : null, details };
}

/** Sets named "Answer type: …": each member code's answer-type label. */
function readAnswerTypes(parent: Node): Map<string, string> {
  const answerTypes = new Map<string, string>();
  for (const set of list(child(parent, 'Sets')?.['Set'])) {
    const label = answerTypeLabelOfSet(attr(set, 'name') ?? '');
    if (!label) continue;
    for (const member of list(set['MemberCode'])) {
      // A project's member is a CodeRef (targetGUID); a codebook's names its code by guid.
      const target = attr(member, 'targetGUID') ?? attr(member, 'guid');
      if (target) answerTypes.set(normaliseGuid(target), label);
    }
  }
  return answerTypes;
}

function readSources(project: Node): RefiSource[] {
  const sources = child(project, 'Sources');
  const variables = appVariables(project);
  const textSources: RefiSource[] = list(sources?.['TextSource']).map((s) => ({
    kind: 'text',
    guid: attr(s, 'guid') ?? '',
    name: attr(s, 'name') ?? '',
    description: (text(s, 'Description') ?? '').trim(),
    text: readText(s),
    selections: readSelections(s),
    sourceCodings: list(s['Coding']).length,
    noteGuids: noteRefs(s),
    ...readAppVariables(s, variables),
  }));
  const pdfSources: RefiSource[] = list(sources?.['PDFSource']).map((s) => {
    const representation = child(s, 'Representation');
    return {
      kind: 'pdf',
      guid: attr(s, 'guid') ?? '',
      name: attr(s, 'name') ?? '',
      description: (text(s, 'Description') ?? '').trim(),
      path: attr(s, 'path') ?? null,
      representation: representation
        ? { text: readText(representation), selections: readSelections(representation) }
        : null,
      areaSelections: list(s['PDFSelection']).length,
      sourceCodings: list(s['Coding']).length,
      noteGuids: noteRefs(s),
      ...readAppVariables(s, variables),
    };
  });
  const unsupported: RefiSource[] = ['PictureSource', 'AudioSource', 'VideoSource'].flatMap((element) =>
    list(sources?.[element]).map((s) => ({ kind: 'unsupported' as const, element, name: attr(s, 'name') ?? '' })),
  );
  return [...textSources, ...pdfSources, ...unsupported];
}

function readCount(variables: ReturnType<typeof appVariables>): number {
  return (variables.kind ? 1 : 0) + variables.details.size;
}

/** A project.qde: its codes, its sources and their coded selections. */
export function readRefiProject(fileName: string, xml: string): RefiProject {
  const project = child(parse(fileName, xml), 'Project');
  if (!project) throw invalid(fileName, 'it has no <Project> in it, so it is not a REFI-QDA project.');
  return {
    name: (attr(project, 'name') ?? '').trim(),
    origin: attr(project, 'origin') ?? '',
    description: (text(project, 'Description') ?? '').trim(),
    codes: readCodes(child(child(project, 'CodeBook'), 'Codes')),
    sources: readSources(project),
    notes: readNotes(project),
    answerTypes: readAnswerTypes(project),
    unsupported: {
      cases: countOf(project, 'Cases', 'Case'),
      variables: countOf(project, 'Variables', 'Variable') - readCount(appVariables(project)),
      sets:
        countOf(project, 'Sets', 'Set') -
        list(child(project, 'Sets')?.['Set']).filter((set) => answerTypeLabelOfSet(attr(set, 'name') ?? '')).length,
      links: countOf(project, 'Links', 'Link'),
      graphs: countOf(project, 'Graphs', 'Graph'),
    },
  };
}

/** A .qdc codebook: its code tree. */
export function readRefiCodebook(fileName: string, xml: string): RefiCodebook {
  const codebook = child(parse(fileName, xml), 'CodeBook');
  if (!codebook) throw invalid(fileName, 'it has no <CodeBook> in it, so it is not a REFI-QDA codebook.');
  return {
    origin: attr(codebook, 'origin') ?? '',
    codes: readCodes(child(codebook, 'Codes')),
    answerTypes: readAnswerTypes(codebook),
  };
}
