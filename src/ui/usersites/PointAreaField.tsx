/** The optional area of a point site: shown, and editable when the app allows it (kept on Enter or when leaving the field). */
import '../../i18n/dictUserSitesUi.ts'; // registers the strings this module reads
import { useEffect, useState } from 'preact/hooks';
import { numberFormat, t, type Lang } from '../../i18n/i18n.ts';
import { parseAreaM2, pointAreaText } from './userSitesText.ts';

export interface PointAreaFieldProps {
  lang: Lang;
  id: string;
  areaM2: number | null;
  onSet?(id: string, areaM2: number | null): void;
}

/** Area text, or a small field to give it. */
export function PointAreaField({ lang, id, areaM2, onSet }: PointAreaFieldProps) {
  const shown = areaM2 === null ? '' : numberFormat(lang, 0).format(areaM2);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(shown), [shown]);
  if (!onSet) return <span class="us-area">{pointAreaText(lang, areaM2)}</span>;
  const fieldId = `us-area-${id}`;
  const commit = () => {
    const area = parseAreaM2(lang, text);
    setInvalid(area === 'invalid');
    if (area !== 'invalid' && area !== areaM2) onSet(id, area);
  };
  return (
    <span class="us-area">
      <label for={fieldId}>{t(lang, 'usSetArea')}</label>{' '}
      <input
        id={fieldId}
        class="us-area-input"
        type="text"
        inputMode="decimal"
        size={8}
        value={text}
        placeholder={t(lang, 'usAreaUnknown')}
        aria-invalid={invalid}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      />
      {invalid && (
        <span class="us-error" role="alert">
          {t(lang, 'usAreaInvalid')}
        </span>
      )}
    </span>
  );
}
