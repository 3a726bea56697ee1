/**
 * Stand-in for `office-addin-manifest` under jest (mapped in jest.config.cjs). office-addin-mock
 * imports that package only for its `OfficeApp` enum, and the package pulls an ESM-only
 * dependency that jest's CommonJS runtime on Node 20 cannot load.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
