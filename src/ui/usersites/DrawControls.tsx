/** "Draw a site": start drawing on the map, then name the closed shape (Save / Cancel); Escape or Cancel stops drawing. */
import '../../i18n/dictUserSitesUi.ts'; // registers the strings this module reads
import type { Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../i18n/i18n.ts';
import type { UserSitesPanelProps } from './types.ts';

type Phase = { kind: 'idle'; error?: string } | { kind: 'drawing' } | { kind: 'naming'; polygon: Polygon };

export interface DrawControlsProps extends Pick<UserSitesPanelProps, 'canDraw' | 'drawPolygon' | 'cancelDrawing' | 'onSaveDrawn'> {
  lang: Lang;
  /** Another map action (an edit) is under way: the button waits. */
  disabled: boolean;
  /** Told when drawing or naming starts (true) and ends (false). */
  onActive(active: boolean): void;
}

/** The draw button, the drawing hint with its Cancel, and the name form of a drawn shape. */
export function DrawControls({ lang, canDraw, disabled, drawPolygon, cancelDrawing, onSaveDrawn, onActive }: DrawControlsProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [name, setName] = useState('');
  const run = useRef(0); // the drawing whose outcome counts (a later one makes earlier ones stale)
  const active = useRef(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const cancelRef = useRef(cancelDrawing);
  cancelRef.current = cancelDrawing;

  useEffect(() => {
    const now = phase.kind !== 'idle';
    if (now !== active.current) onActive(now);
    active.current = now;
    if (phase.kind === 'naming') nameInput.current?.focus();
  }, [phase]);
  // leaving the panel mid-drawing stops the drawing, and removes a shape left without its name
  useEffect(() => () => void (active.current && cancelRef.current()), []);

  const start = () => {
    const mine = ++run.current;
    setPhase({ kind: 'drawing' });
    drawPolygon().then(
      (polygon) => {
        if (mine !== run.current) return;
        setName('');
        setPhase(polygon ? { kind: 'naming', polygon } : { kind: 'idle' });
      },
      (e: unknown) => mine === run.current && setPhase({ kind: 'idle', error: t(lang, 'usDrawFailed', { detail: e instanceof Error ? e.message : String(e) }) }),
    );
  };
  const stop = () => {
    run.current++;
    cancelDrawing();
    setPhase({ kind: 'idle' });
  };
  const save = (e: Event) => {
    e.preventDefault();
    if (phase.kind !== 'naming') return;
    run.current++;
    onSaveDrawn(phase.polygon, name.trim());
    setPhase({ kind: 'idle' });
  };

  if (phase.kind === 'drawing')
    return (
      <div class="us-draw us-drawing">
        <p class="us-hint" role="status">
          {t(lang, 'usDrawHelp')}
        </p>
        <button type="button" onClick={stop}>
          {t(lang, 'usDrawCancel')}
        </button>
      </div>
    );
  if (phase.kind === 'naming')
    return (
      <form class="us-draw us-name-form" onSubmit={save}>
        <label for="us-name">{t(lang, 'usName')}</label>
        <input
          id="us-name"
          ref={nameInput}
          type="text"
          maxLength={200}
          autoComplete="off"
          value={name}
          aria-describedby="us-name-hint"
          onInput={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), stop())}
        />
        <span id="us-name-hint" class="us-hint">
          {t(lang, 'usNameHint')}
        </span>
        <div class="us-actions">
          <button type="submit" class="us-primary">
            {t(lang, 'usSave')}
          </button>
          <button type="button" onClick={stop}>
            {t(lang, 'usCancel')}
          </button>
        </div>
      </form>
    );
  return (
    <div class="us-draw">
      <button type="button" class="us-draw-button" disabled={!canDraw || disabled} onClick={start}>
        {t(lang, 'usDraw')}
      </button>
      {!canDraw && <p class="us-hint">{t(lang, 'usDrawNoMap')}</p>}
      {phase.error && (
        <p class="us-error" role="alert">
          {phase.error}
        </p>
      )}
    </div>
  );
}
