/** The page's layout on a phone: screen boxes of its parts, and the side panel that opens from a button. */
import type { Page } from 'playwright-core';
import type { Box } from './map.ts';

/** Parts of the page whose screen boxes the layout checks compare. */
const parts = {
  'panel button': '.panel-toggle',
  panel: '.side-panel',
  attribution: '.maplibregl-ctrl-attrib',
  scale: '.maplibregl-ctrl-scale',
  'zoom controls': '.maplibregl-ctrl-top-right',
  card: '.site-card',
} as const;
/** A part of the page by what a user calls it. */
export type PagePart = keyof typeof parts;

/** Where things are on screen, and the panel button. */
export class PageLayout {
  constructor(private readonly page: Page) {}

  /** Screen box of a part of the page, null when absent or not shown. */
  async box(part: PagePart): Promise<Box | null> {
    const l = this.page.locator(parts[part]).first();
    return (await l.count()) && (await l.isVisible()) ? l.boundingBox() : null;
  }

  /** Whether the side panel is shown (on a phone it starts hidden, map first). */
  isPanelShown(): Promise<boolean> {
    return this.page.locator('#side-panel').isVisible();
  }

  /** Whether the map canvas is shown. */
  isMapShown(): Promise<boolean> {
    return this.page.locator('#map canvas').isVisible();
  }

  /** Open or close the side panel with its button (phones). */
  async togglePanel(): Promise<void> {
    await this.page.locator('.panel-toggle').click();
  }

  /** Open or close the side panel with its button unless it already is as wanted (phones). */
  async showPanel(shown: boolean): Promise<void> {
    if ((await this.isPanelShown()) !== shown) await this.togglePanel();
  }

  /** The panel button's accessible name (in the UI language). */
  async panelButtonName(): Promise<string> {
    return (await this.page.locator('.panel-toggle').getAttribute('aria-label')) ?? ((await this.page.locator('.panel-toggle').textContent()) ?? '').trim();
  }

  /** Whether the layer row with this label is visible to the user. */
  isLayerRowShown(label: string): Promise<boolean> {
    return this.page.locator('.layer-row .layer-name', { hasText: label }).first().isVisible();
  }
}
