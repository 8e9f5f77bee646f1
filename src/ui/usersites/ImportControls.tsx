/** "Import a file": a file input behind a button, the limits stated up front, and a word about dropping on the map. */
import '../../i18n/dictUserSitesUi.ts'; // registers the strings this module reads
import { useRef } from 'preact/hooks';
import { t, type Lang } from '../../i18n/i18n.ts';
import { limitsText } from './userSitesText.ts';

/** Extensions the file input offers (the readers decide from the content too). */
export const acceptedFiles = '.geojson,.json,.fgb,.zip,.gpkg,.csv,.txt';

export interface ImportControlsProps {
  lang: Lang;
  /** An import is under way: the button waits. */
  disabled: boolean;
  onFiles(files: File[]): void;
}

/** The import button and its limits. */
export function ImportControls({ lang, disabled, onFiles }: ImportControlsProps) {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const files = [...(el.files ?? [])];
    el.value = ''; // the same file can be chosen again
    if (files.length > 0) onFiles(files);
  };
  return (
    <div class="us-import">
      <button type="button" class="us-import-button" disabled={disabled} aria-describedby="us-limits" onClick={() => input.current?.click()}>
        {t(lang, 'usImport')}
      </button>
      <input ref={input} class="us-file-input" type="file" accept={acceptedFiles} tabIndex={-1} aria-hidden="true" onChange={chosen} />
      <span class="us-hint"> {t(lang, 'usDropHint')}</span>
      <p id="us-limits" class="us-hint us-limits">
        {limitsText(lang)}
      </p>
    </div>
  );
}
