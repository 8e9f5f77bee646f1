/**
 * Answers whether this browser gives WebGL contexts, from a worker: the first context a page makes also starts the
 * browser's WebGL machinery (200+ ms with a software renderer), and made here that start does not freeze the page.
 * Posts true or false, or null when the worker cannot tell (no OffscreenCanvas): the page then asks on its own.
 */
let answer: boolean | null = null;
if (typeof OffscreenCanvas === 'function') {
  try {
    const canvas = new OffscreenCanvas(1, 1);
    answer = !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    answer = false;
  }
}
postMessage(answer);
