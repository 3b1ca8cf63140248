import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { getMeta, setMeta } from '../repositories/projectMetaRepository.ts';

/** A name-based (version 5 style) GUID: the same project and thing give the same GUID in every export. */
export function guidFrom(namespace: string, ...parts: (string | number)[]): string {
  const hash = createHash('sha1')
    .update(`${namespace}\u0000${parts.join('\u0000')}`)
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The project's own GUID, made once and kept in the file, so a tool that merges two exports of it recognises the same
 * codes, sources and selections, while two different projects never share one.
 */
export function projectGuid(db: Database): string {
  const existing = getMeta(db, 'refi_guid');
  if (existing) return existing;
  const made = randomUUID();
  setMeta(db, 'refi_guid', made);
  return made;
}
