/** Entry: mounts the explorer with the geodata served beside the app, decoded in a Web Worker, each layer once. */
import { render } from 'preact';
import { App } from './app/App.tsx';
import { withSharedLayers } from './data/sharedLayers.ts';
import { browserGeodataSource } from './workers/geodataSource.ts';
import './styles/app.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage throws on access
  }
})();

const geodataBase = new URL('geodata/', document.baseURI).href;
const styleUrl = (import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined) || undefined;
const root = document.getElementById('root');
if (root) render(<App source={withSharedLayers(browserGeodataSource(geodataBase))} geodataBase={geodataBase} storage={storage} {...(styleUrl ? { styleUrl } : {})} />, root);
