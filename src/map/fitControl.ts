/** The map's fit-to-region button. */
import type * as maplibregl from 'maplibre-gl';

/** A map button that frames the whole region; its label is set as text/attributes, never HTML. */
export function fitControl(label: string, onFit: () => void): { control: maplibregl.IControl; setLabel(label: string): void } {
  const box = document.createElement('div');
  box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fit-region-ctrl';
  button.textContent = '⤢';
  const setLabel = (l: string) => {
    button.title = l;
    button.setAttribute('aria-label', l);
  };
  setLabel(label);
  button.addEventListener('click', onFit);
  box.append(button);
  return { control: { onAdd: () => box, onRemove: () => box.remove() }, setLabel };
}
