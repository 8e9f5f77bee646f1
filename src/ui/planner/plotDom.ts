/**
 * Placing an Observable Plot figure in the page: Plot's own <style> element is removed before the figure is
 * attached (the app's CSP allows no inline style; planner.css carries the same rules for `.pl-plot`), and the SVG
 * gets a <title> and label set as text, never as HTML.
 */

const svgNs = 'http://www.w3.org/2000/svg';

/** Class Plot gives every planner figure (styled in planner.css). */
export const plotClass = 'pl-plot';

/** Replace what `container` holds with the figure, titled `title` (an accessible name and a hover title). */
export function placePlot(container: Element, figure: Element, title: string, role: 'img' | 'group'): void {
  for (const style of Array.from(figure.querySelectorAll('style'))) style.remove();
  const svg = figure instanceof SVGSVGElement ? figure : figure.querySelector('svg');
  if (svg) {
    const el = document.createElementNS(svgNs, 'title');
    el.textContent = title;
    svg.prepend(el);
    svg.setAttribute('role', role);
    svg.setAttribute('aria-label', title);
  }
  container.replaceChildren(figure);
}

/** The data index Plot (through d3) bound to a mark element, or -1. */
export function plotIndex(el: Element): number {
  const i = (el as Element & { __data__?: unknown }).__data__;
  return typeof i === 'number' && Number.isInteger(i) ? i : -1;
}

/** Make each element of a mark a keyboard button: focusable, named, opening its datum on click, Enter or Space. */
export function makeButtons(elements: Iterable<Element>, name: (i: number) => string | null, open: (i: number) => void): void {
  for (const el of elements) {
    const i = plotIndex(el);
    const label = i < 0 ? null : name(i);
    if (label === null) continue;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label);
    el.addEventListener('click', () => open(i));
    el.addEventListener('keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      if (k !== 'Enter' && k !== ' ') return;
      e.preventDefault();
      open(i);
    });
  }
}
