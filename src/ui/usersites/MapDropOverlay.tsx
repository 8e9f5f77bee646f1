/**
 * Drop a file on the map to import it: while files are dragged over the page, an overlay covers the map area (its
 * positioned parent) with its own message; dropping there hands the files to `onFiles`. A file dropped anywhere
 * else is ignored rather than opened by the browser. Mounted by the app inside the map area.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../i18n/i18n.ts';
import './userSites.css';

export interface MapDropOverlayProps {
  lang: Lang;
  onFiles(files: File[]): void;
  /** No dropping (an import is under way): drags are ignored, the browser's default kept off. */
  disabled?: boolean;
}

const carriesFiles = (e: DragEvent): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/** The drop overlay of the map area. */
export function MapDropOverlay({ lang, onFiles, disabled = false }: MapDropOverlayProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let depth = 0; // dragenter/dragleave pairs across the page's elements
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      if (!disabled) setShown(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setShown(false);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // else the browser opens the file; the overlay's own handler says 'copy'
      if (e.dataTransfer && !(e.target as Element | null)?.closest?.('.us-drop')) e.dataTransfer.dropEffect = 'none';
    };
    const end = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setShown(false);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', end);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', end);
    };
  }, [disabled]);
  if (!shown) return null;
  const drop = (e: DragEvent) => {
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    setShown(false);
    if (files.length > 0) onFiles(files);
  };
  const over = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  return (
    <div class="us-drop" onDragOver={over} onDrop={drop}>
      <div class="us-drop-message" role="status">
        <p class="us-drop-title">{t(lang, 'usDropHere')}</p>
        <p>{t(lang, 'usDropLimits')}</p>
      </div>
    </div>
  );
}
