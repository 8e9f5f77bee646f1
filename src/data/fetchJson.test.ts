import { describe, expect, it } from 'vitest';
import { fetchJson } from './fetchJson.ts';

const respond = (status: number, body: string): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;
const signal = () => new AbortController().signal;

describe('fetchJson', () => {
  it('reads the file as JSON from under the base URL', async () => {
    let asked = '';
    const f = (async (url: string) => ((asked = url), new Response('{"a":1}'))) as unknown as typeof fetch;
    expect(await fetchJson('http://x/geodata/', 'planner.json', signal(), f)).toEqual({ a: 1 });
    expect(asked).toBe('http://x/geodata/planner.json');
  });

  it('names the file and says why: missing, HTTP error, not JSON', async () => {
    await expect(fetchJson('http://x/', 'planner.json', signal(), respond(404, ''))).rejects.toMatchObject({ reason: 'missing', message: 'planner.json: file missing (404): rebuild the data (npm run data)' });
    await expect(fetchJson('http://x/', 'manifest.json', signal(), respond(404, ''), 'manifest.json: HTTP 404')).rejects.toMatchObject({ reason: 'missing', message: 'manifest.json: HTTP 404' });
    await expect(fetchJson('http://x/', 'planner.json', signal(), respond(500, ''))).rejects.toMatchObject({ reason: 'other', message: 'planner.json: HTTP 500' });
    await expect(fetchJson('http://x/', 'planner.json', signal(), respond(200, '{oops'))).rejects.toMatchObject({ reason: 'corrupt', message: 'planner.json: not valid JSON' });
  });
});
