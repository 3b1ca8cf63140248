import { XMLBuilder } from 'fast-xml-parser';
import type { RefiCode } from './refiModel.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** A plain-text source as the app writes it: its text in a file in the archive, its quotes as coded selections. */
export type RefiSourceOut = {
  guid: string;
  name: string;
  description: string;
  plainTextPath: string;
  creationDateTime: string;
  selections: {
    guid: string;
    name: string;
    /** Code points, as the standard counts. */
    start: number;
    end: number;
    description: string;
    creationDateTime: string;
    codings: { guid: string; codeGuid: string }[];
  }[];
  /** Values of the project's variables (the source's kind and details); a Date variable's value is yyyy-mm-dd. */
  variableValues: { variableGuid: string; text: string }[];
};

/** A group of codes (the questions of one answer type). */
export type RefiCodeSetOut = { guid: string; name: string; description: string; codeGuids: string[] };

export type RefiProjectOut = {
  name: string;
  origin: string;
  description: string;
  modifiedDateTime: string;
  user: { guid: string; name: string };
  codes: RefiCode[];
  /** Variables of the sources: text, or dates that other tools can sort and filter by. */
  variables: { guid: string; name: string; description: string; type: 'Text' | 'Date' }[];
  sources: RefiSourceOut[];
  /** Groups of codes (questions by answer type). */
  sets: RefiCodeSetOut[];
};

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  // isCodable="true" must keep its value; the builder would otherwise write a bare attribute.
  suppressBooleanAttributes: false,
});

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** Attribute values lose their line breaks when read back, so names are kept to one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements in the order the schemas' sequences require; empty optional parts left out. */
function codeElement(code: RefiCode): object {
  return {
    '@_guid': code.guid,
    '@_name': oneLine(code.name),
    '@_isCodable': String(code.isCodable),
    ...(code.description ? { Description: code.description } : {}),
    ...(code.children.length ? { Code: code.children.map(codeElement) } : {}),
  };
}

/** A set's members are CodeRefs (targetGUID) in a project and named by guid in a codebook, as the schemas say. */
function setElement(set: RefiCodeSetOut, memberGuid: 'targetGUID' | 'guid'): object {
  return {
    '@_guid': set.guid,
    '@_name': oneLine(set.name),
    ...(set.description ? { Description: set.description } : {}),
    ...(set.codeGuids.length ? { MemberCode: set.codeGuids.map((guid) => ({ [`@_${memberGuid}`]: guid })) } : {}),
  };
}

export function writeCodebookXml(
  codes: readonly RefiCode[],
  origin: string,
  sets: readonly RefiCodeSetOut[] = [],
): string {
  return (
    DECLARATION +
    builder.build({
      CodeBook: {
        '@_xmlns': CODEBOOK_NAMESPACE,
        '@_origin': origin,
        Codes: { Code: codes.map(codeElement) },
        ...(sets.length ? { Sets: { Set: sets.map((set) => setElement(set, 'guid')) } } : {}),
      },
    })
  );
}

export function writeProjectXml(project: RefiProjectOut): string {
  const user = project.user.guid;
  const dateVariables = new Set(project.variables.filter((v) => v.type === 'Date').map((v) => v.guid));
  const sources = project.sources.map((s) => ({
    '@_guid': s.guid,
    // A source's name is its title exactly (an import reads it back as such); only line breaks cannot be kept.
    '@_name': s.name.replace(/[\t\n\r]+/g, ' ').trim(),
    '@_plainTextPath': s.plainTextPath,
    '@_creatingUser': user,
    '@_creationDateTime': s.creationDateTime,
    ...(s.description ? { Description: s.description } : {}),
    ...(s.selections.length
      ? {
          PlainTextSelection: s.selections.map((sel) => ({
            '@_guid': sel.guid,
            '@_name': oneLine(sel.name),
            '@_startPosition': String(sel.start),
            '@_endPosition': String(sel.end),
            '@_creatingUser': user,
            '@_creationDateTime': sel.creationDateTime,
            ...(sel.description ? { Description: sel.description } : {}),
            ...(sel.codings.length
              ? {
                  Coding: sel.codings.map((c) => ({
                    '@_guid': c.guid,
                    '@_creatingUser': user,
                    '@_creationDateTime': sel.creationDateTime,
                    CodeRef: { '@_targetGUID': c.codeGuid },
                  })),
                }
              : {}),
          })),
        }
      : {}),
    ...(s.variableValues.length
      ? {
          VariableValue: s.variableValues.map((v) => ({
            VariableRef: { '@_targetGUID': v.variableGuid },
            [dateVariables.has(v.variableGuid) ? 'DateValue' : 'TextValue']: v.text,
          })),
        }
      : {}),
  }));
  const variables = project.variables.map((v) => ({
    '@_guid': v.guid,
    '@_name': oneLine(v.name),
    '@_typeOfVariable': v.type,
    ...(v.description ? { Description: v.description } : {}),
  }));
  const sets = project.sets.map((set) => setElement(set, 'targetGUID'));
  return (
    DECLARATION +
    builder.build({
      Project: {
        '@_xmlns': PROJECT_NAMESPACE,
        '@_name': oneLine(project.name),
        '@_origin': project.origin,
        '@_creatingUserGUID': user,
        '@_modifyingUserGUID': user,
        '@_modifiedDateTime': project.modifiedDateTime,
        Users: { User: [{ '@_guid': user, '@_name': oneLine(project.user.name) }] },
        ...(project.codes.length ? { CodeBook: { Codes: { Code: project.codes.map(codeElement) } } } : {}),
        ...(variables.length ? { Variables: { Variable: variables } } : {}),
        ...(sources.length ? { Sources: { TextSource: sources } } : {}),
        ...(sets.length ? { Sets: { Set: sets } } : {}),
        ...(project.description ? { Description: project.description } : {}),
      },
    })
  );
}
