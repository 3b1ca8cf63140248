export type ProjectInfo = {
  name: string;
  /** Where the project file lives, for the title bar; the bridge reports its temp file. */
  path: string;
};
