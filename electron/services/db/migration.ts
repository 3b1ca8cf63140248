export type Migration = {
  /** Stored in PRAGMA user_version once applied; numbered in tens to leave room. */
  version: number;
  name: string;
  up: string;
};
