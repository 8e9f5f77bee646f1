/** The import under way, step by step: reading, the CRS, points and duplicates questions, measuring, the summary or the error. */
import '../../i18n/dictUserSitesUi.ts'; // registers the strings this module reads
import { useState } from 'preact/hooks';
import { importCrsList, type ImportCrs } from '../../core/usersites/types.ts';
import { t, type Lang, type MessageKey } from '../../i18n/i18n.ts';
import type { ImportStage, UserSitesPanelProps } from './types.ts';
import { duplicatesText, importErrorText, importSummaryText, measuringText, parseAreaM2, pointsText } from './userSitesText.ts';

export type ImportStatusProps = { lang: Lang; stage: ImportStage } & Pick<
  UserSitesPanelProps,
  'onImportCrs' | 'onImportPointArea' | 'onImportDuplicates' | 'onImportCancel' | 'onImportDismiss'
>;

const crsLabels: Record<ImportCrs, MessageKey> = { 'EPSG:4326': 'usCrsWgs84', 'EPSG:31370': 'usCrsLambert72', 'EPSG:3812': 'usCrsLambert2008' };

function CrsQuestion({ lang, file, onImportCrs, onImportCancel }: { lang: Lang; file: string } & Pick<ImportStatusProps, 'onImportCrs' | 'onImportCancel'>) {
  const [crs, setCrs] = useState<ImportCrs | null>(null);
  return (
    <form class="us-question" onSubmit={(e) => (e.preventDefault(), crs && onImportCrs(crs))}>
      <fieldset>
        <legend>{t(lang, 'usCrsQuestion', { file })}</legend>
        {importCrsList.map((c) => (
          <label key={c} class="us-choice">
            <input type="radio" name="us-crs" value={c} checked={crs === c} onChange={() => setCrs(c)} /> {t(lang, crsLabels[c])}
          </label>
        ))}
      </fieldset>
      <div class="us-actions">
        <button type="submit" class="us-primary" disabled={crs === null}>
          {t(lang, 'usContinue')}
        </button>
        <button type="button" onClick={onImportCancel}>
          {t(lang, 'usCancel')}
        </button>
      </div>
    </form>
  );
}

function PointsQuestion({ lang, file, points, onImportPointArea, onImportCancel }: { lang: Lang; file: string; points: number } & Pick<ImportStatusProps, 'onImportPointArea' | 'onImportCancel'>) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const area = parseAreaM2(lang, text);
    setInvalid(area === 'invalid');
    if (area !== 'invalid') onImportPointArea(area);
  };
  return (
    <form class="us-question" onSubmit={submit}>
      <p>{pointsText(lang, file, points)}</p>
      <label for="us-points-area">{t(lang, 'usPointsArea')}</label>
      <input id="us-points-area" type="text" inputMode="decimal" autoComplete="off" value={text} aria-invalid={invalid} aria-describedby="us-points-hint" onInput={(e) => setText(e.currentTarget.value)} />
      <span id="us-points-hint" class={invalid ? 'us-error' : 'us-hint'} role={invalid ? 'alert' : undefined}>
        {t(lang, invalid ? 'usAreaInvalid' : 'usPointsHint')}
      </span>
      <div class="us-actions">
        <button type="submit" class="us-primary">
          {t(lang, 'usContinue')}
        </button>
        <button type="button" onClick={onImportCancel}>
          {t(lang, 'usCancel')}
        </button>
      </div>
    </form>
  );
}

/** One step of the import. */
export function ImportStatus(p: ImportStatusProps) {
  const { lang, stage: s } = p;
  switch (s.step) {
    case 'reading':
      return (
        <p class="us-status" role="status">
          {t(lang, 'usReading', { file: s.file })}
        </p>
      );
    case 'crs':
      return <CrsQuestion lang={lang} file={s.file} onImportCrs={p.onImportCrs} onImportCancel={p.onImportCancel} />;
    case 'points':
      return <PointsQuestion lang={lang} file={s.file} points={s.points} onImportPointArea={p.onImportPointArea} onImportCancel={p.onImportCancel} />;
    case 'duplicates':
      return (
        <div class="us-question" role="group" aria-labelledby="us-dup-text">
          <p id="us-dup-text">{duplicatesText(lang, s.file, s.duplicates)}</p>
          <p class="us-hint">{t(lang, 'usDupKeep')}</p>
          <div class="us-actions">
            <button type="button" onClick={() => p.onImportDuplicates('add')}>
              {t(lang, 'usDupAdd')}
            </button>
            <button type="button" class="us-primary" onClick={() => p.onImportDuplicates('skip')}>
              {t(lang, 'usDupSkip')}
            </button>
            <button type="button" onClick={p.onImportCancel}>
              {t(lang, 'usCancel')}
            </button>
          </div>
        </div>
      );
    case 'measuring':
      return (
        <div class="us-measuring">
          <label for="us-progress">{measuringText(lang, s.file, s.done, s.total)}</label>
          <progress id="us-progress" value={s.done} max={Math.max(1, s.total)} aria-label={t(lang, 'usMeasuringLabel')} />
          <button type="button" onClick={p.onImportCancel}>
            {t(lang, 'usStopImport')}
          </button>
        </div>
      );
    case 'done':
      return (
        <div class="us-summary" role="status">
          <p>{importSummaryText(lang, s.summary)}</p>
          <button type="button" onClick={p.onImportDismiss}>
            {t(lang, 'usDismiss')}
          </button>
        </div>
      );
    case 'failed':
      return (
        <div class="us-failed" role="alert">
          <p>{importErrorText(lang, s.reason, s.file, s.detail)}</p>
          <button type="button" onClick={p.onImportDismiss}>
            {t(lang, 'usDismiss')}
          </button>
        </div>
      );
  }
}
