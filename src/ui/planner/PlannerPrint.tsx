/**
 * Print of one municipality sheet: a full-screen layer outside the app root (class `planner-print`) holding the
 * A4 sheet and a toolbar; it opens the browser's print dialog once drawn. planner.css hides the app in print.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { createPortal } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { locale, t, type Lang } from '../../i18n/i18n.ts';
import { MunicipalityPrintSheet, type MunicipalityPrintSheetProps } from './MunicipalityPrintSheet.tsx';
import { labelled } from './plannerText.ts';
import { areaName } from './sortAreas.ts';

/** Props of {@link PlannerPrint}: the sheet's, and how to close. */
export interface PlannerPrintProps extends Omit<MunicipalityPrintSheetProps, 'printedOn'> {
  lang: Lang;
  onClose(): void;
}

/** The print layer; Escape or Close leaves it and gives the focus back. */
export function PlannerPrint({ onClose, ...sheet }: PlannerPrintProps) {
  const { lang } = sheet;
  const [host] = useState(() => document.createElement('div'));
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    // Escape closes the layer wherever the focus went (the print dialog can leave it on the body)
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    const opener = document.activeElement as HTMLElement | null;
    host.className = 'planner-print';
    document.body.append(host);
    document.documentElement.classList.add('planner-printing');
    ref.current?.focus();
    // the charts are drawn in layout effects, before this one: the dialog prints the finished sheet
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      document.removeEventListener('keydown', onKey);
      cancelAnimationFrame(frame);
      host.remove();
      document.documentElement.classList.remove('planner-printing');
      if (opener?.isConnected) opener.focus();
    };
  }, [host]);
  const printedOn = useMemo(() => new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(new Date()), [lang]);
  return createPortal(
    <div class="pl-print-view" role="dialog" aria-modal="true" aria-label={labelled(lang, t(lang, 'plPrintTitle'), areaName(lang, sheet.area))} tabIndex={-1} ref={ref}>
      <div class="pl-print-toolbar">
        <button type="button" onClick={() => window.print()}>
          {t(lang, 'printNow')}
        </button>
        <button type="button" onClick={onClose}>
          {t(lang, 'close')}
        </button>
      </div>
      <MunicipalityPrintSheet {...sheet} printedOn={printedOn} />
    </div>,
    host,
  );
}
