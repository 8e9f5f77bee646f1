/**
 * What the user-sites panel is told and what it calls back: the import under way as one step at a time (the app
 * maps its own state to it), the summary of an import, and the panel's props. Pure types.
 */
import type { Polygon } from 'geojson';
import type { ImportCrs, ImportError, RefusedFeature, UserSiteRecord } from '../../core/usersites/types.ts';
import type { Lang } from '../../i18n/i18n.ts';

/** Why a whole file was refused (`ImportError.reason`), or `other` for an unexpected failure. */
export type ImportFailure = ImportError['reason'] | 'other';

/** What an import added, refused and flagged, once it ended (measured, or cancelled midway). */
export interface ImportSummary {
  file: string;
  /** Sites stored. */
  added: number;
  /** Features of the file refused, with their numbers (in file order). */
  refused: readonly RefusedFeature[];
  /** Added sites outside the region but within its context band (measured and flagged). */
  outside: number;
  /** Sites left out because the user chose to skip duplicates. */
  duplicatesSkipped: number;
  /** The user cancelled while measuring: `added` counts what was stored before (0 when nothing is kept). */
  cancelled: boolean;
}

/** The import under way, one step at a time; each question waits for its callback. */
export type ImportStage =
  | { step: 'reading'; file: string }
  /** The CRS could not be told from the file: ask (onImportCrs / onImportCancel). */
  | { step: 'crs'; file: string }
  /** Some sites are points: offer one optional area for them all (onImportPointArea / onImportCancel). */
  | { step: 'points'; file: string; points: number }
  /** Some sites look like ones already stored: add anyway, skip them, or cancel (onImportDuplicates / onImportCancel). */
  | { step: 'duplicates'; file: string; duplicates: number; total: number }
  /** Measuring (onImportCancel aborts it). */
  | { step: 'measuring'; file: string; done: number; total: number }
  | { step: 'done'; summary: ImportSummary }
  /** The whole file was refused: nothing imported. `detail` (English, for `other`) is shown only for `other`. */
  | { step: 'failed'; file: string; reason: ImportFailure; detail?: string };

/** Props of `UserSitesPanel` (the app passes state and callbacks; the panel keeps only its own form state). */
export interface UserSitesPanelProps {
  lang: Lang;
  /** The user's sites as stored, in list order. */
  sites: readonly UserSiteRecord[];
  /** The import under way or its outcome; null when none is shown. */
  importStage: ImportStage | null;
  /** False without a map (no WebGL): drawing is off, importing still works. */
  canDraw: boolean;
  /** Start drawing on the map (MapController.drawPolygon): the closed polygon, or null when cancelled. */
  drawPolygon(): Promise<Polygon | null>;
  /** Stop a drawing under way and remove a drawn shape still waiting for its name (MapController.cancelDrawing). */
  cancelDrawing(): void;
  /** Keep a drawn polygon as a site named `name` (trimmed, '' when none given): the app measures and stores it. */
  onSaveDrawn(polygon: Polygon, name: string): void;
  /**
   * Edit a stored polygon site's shape on the map; settles when the edit ends (the app calls MapController.editUserSite,
   * then measures and stores the new shape). Optional: without it, no "Edit shape" button.
   */
  editShape?(site: UserSiteRecord): Promise<void>;
  /** Keep the edit under way (MapController.finishDrawing). Needed with `editShape`. */
  finishDrawing?(): void;
  /** Files chosen with the file input; the drop overlay (MapDropOverlay) calls the app's same callback. */
  onFiles(files: File[]): void;
  /** Answer to the `crs` step. */
  onImportCrs(crs: ImportCrs): void;
  /** Answer to the `points` step: one area in m² for every point site of the file, or null (unknown). */
  onImportPointArea(areaM2: number | null): void;
  /** Answer to the `duplicates` step: add them all anyway, or leave the duplicates out. */
  onImportDuplicates(choice: 'add' | 'skip'): void;
  /** Cancel the import at any step (aborts the measuring). */
  onImportCancel(): void;
  /** Close the summary or the error message (importStage back to null). */
  onImportDismiss(): void;
  /** Show a site: select it and fit the map to it. */
  onOpen(id: string): void;
  onRemove(id: string): void;
  /** Remove every site (called only after the user confirmed). */
  onRemoveAll(): void;
  /** Give a point site its area in m² (null: unknown). Optional: without it, point areas are shown, not edited. */
  onSetPointArea?(id: string, areaM2: number | null): void;
}
