/**
 * The user's own sites (drawn on the map or imported from files): the stored records and, once measured, their
 * properties (a `SiteProperties` with `status: 'user'`). Pure updaters, each returning the same state object when
 * nothing changes (so the UI can skip re-rendering and saving), and memoised selectors.
 *
 * Adding never replaces: every batch is appended, ids stay unique (a colliding id gets `-2`, `-3`…), and sites of
 * the batch whose name and geometry equal a site already there are kept too and reported (`duplicates`), so the UI
 * can ask whether to remove the new copies ({@link removeUserSites}).
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { userStatus, type SiteProperties } from '../core/types.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';

/** One user site: its record and its measured properties (null until measured, or after the data changed). */
export interface UserSiteEntry {
  readonly record: UserSiteRecord;
  readonly measured: SiteProperties | null;
}

/** The user's sites in the order they were added. */
export interface UserSitesState {
  readonly sites: readonly UserSiteEntry[];
}

/** A user site as GeoJSON: its own geometry (polygon or point) and its measured properties. */
export type UserSiteFeature = Feature<Polygon | MultiPolygon | Point, SiteProperties>;

/** What adding a batch did. */
export interface AddUserSitesResult {
  state: UserSitesState;
  /** Ids of the added sites, in batch order (an id may differ from the record's when it collided). */
  addedIds: string[];
  /** How many added sites have the same name and geometry as a site already there (or earlier in the batch). */
  duplicates: number;
  /** Ids of those duplicates (the new copies), for "remove the new copies". */
  duplicateIds: string[];
  /** How many records got a new id because theirs was taken. */
  renamedIds: number;
}

/** No user sites. */
export const emptyUserSites: UserSitesState = { sites: [] };

/** Limits of the user-site state. */
export const userSiteLimits = {
  /** Most characters (code points) in a name; longer names are cut when renaming. */
  maxNameChars: 200,
};

/** Identity of a site for duplicate detection: trimmed name and exact geometry (type and coordinates). */
export function userSiteKey(record: Pick<UserSiteRecord, 'name' | 'geometry'>): string {
  return `${record.name.trim()}\u0000${record.geometry.type}\u0000${JSON.stringify(record.geometry.coordinates)}`;
}

// C0/C1 controls and bidi overrides/isolates: a name is shown as text, but must not reorder what follows it.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name as stored: breaks and tabs become spaces, controls go, trimmed and capped in code points. */
export function sanitizeUserSiteName(name: unknown): string {
  if (typeof name !== 'string') return '';
  const cleaned = name.replace(/[\t\r\n]+/g, ' ').replace(controlChars, '').replace(/\p{Cs}/gu, '').trim();
  return Array.from(cleaned).slice(0, userSiteLimits.maxNameChars).join('').trim();
}

/** `id`, or `id-2`, `id-3`… the first not in `taken`. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let k = 2; ; k++) if (!taken.has(`${id}-${k}`)) return `${id}-${k}`;
}

/**
 * Appends a batch of records (an import or one drawing); never replaces or drops a site. Ids are made unique,
 * duplicates of existing sites (same name and geometry) are kept and counted. Measured properties may come along
 * (sites restored from storage); they take the record's identity (see {@link withRecordIdentity}).
 */
export function addUserSites(state: UserSitesState, batch: readonly (UserSiteRecord | UserSiteEntry)[]): AddUserSitesResult {
  const taken = new Set(state.sites.map((e) => e.record.id));
  const keys = new Set(state.sites.map((e) => userSiteKey(e.record)));
  const added: UserSiteEntry[] = [];
  const addedIds: string[] = [];
  const duplicateIds: string[] = [];
  let renamedIds = 0;
  for (const item of batch) {
    const entry = 'record' in item ? item : { record: item, measured: null };
    const id = freeId(entry.record.id, taken);
    if (id !== entry.record.id) renamedIds++;
    taken.add(id);
    const record = id === entry.record.id ? entry.record : { ...entry.record, id };
    const key = userSiteKey(record);
    if (keys.has(key)) duplicateIds.push(id);
    keys.add(key);
    added.push({ record, measured: entry.measured ? withRecordIdentity(record, entry.measured) : null });
    addedIds.push(id);
  }
  const next = added.length === 0 ? state : { sites: [...state.sites, ...added] };
  return { state: next, addedIds, duplicates: duplicateIds.length, duplicateIds, renamedIds };
}

/** State holding the given stored entries (as read from the browser's store), in order; ids made unique. */
export function userSitesFromStored(entries: readonly UserSiteEntry[]): UserSitesState {
  return addUserSites(emptyUserSites, entries).state;
}

/** Renames a site (sanitised; '' allowed: the views then title it by place); the measured name follows. */
export function renameUserSite(state: UserSitesState, id: string, name: string): UserSitesState {
  const clean = sanitizeUserSiteName(name);
  const i = state.sites.findIndex((e) => e.record.id === id);
  if (i < 0 || state.sites[i]!.record.name === clean) return state;
  const entry = state.sites[i]!;
  const record = { ...entry.record, name: clean };
  const sites = state.sites.slice();
  sites[i] = { record, measured: entry.measured ? { ...entry.measured, name: clean } : null };
  return { sites };
}

/**
 * Gives a site a new outline (an edit on the map): its measured values are dropped so the app measures it again;
 * the same state when the site is not there or the outline is unchanged.
 */
export function reshapeUserSite(state: UserSitesState, id: string, geometry: Polygon | MultiPolygon): UserSitesState {
  const i = state.sites.findIndex((e) => e.record.id === id);
  if (i < 0 || JSON.stringify(state.sites[i]!.record.geometry) === JSON.stringify(geometry)) return state;
  const sites = state.sites.slice();
  sites[i] = { record: { ...state.sites[i]!.record, geometry, areaM2Given: null }, measured: null };
  return { sites };
}

/** Removes one site; the same state when it is not there. */
export function removeUserSite(state: UserSitesState, id: string): UserSitesState {
  return removeUserSites(state, [id]);
}

/** Removes the given sites (e.g. the new copies a batch reported as duplicates); the same state when none is there. */
export function removeUserSites(state: UserSitesState, ids: Iterable<string>): UserSitesState {
  const drop = new Set(ids);
  const sites = state.sites.filter((e) => !drop.has(e.record.id));
  return sites.length === state.sites.length ? state : { sites };
}

/** Removes every user site. */
export function removeAllUserSites(state: UserSitesState): UserSitesState {
  return state.sites.length === 0 ? state : emptyUserSites;
}

/**
 * Measured properties with the record's identity, whatever the measuring wrote: its id, `status: 'user'`, no OSM
 * land use, its name, its origin, attributes and file id as JSON, and whether it lies outside the region. The rest
 * (metrics, address, nearest stops, 2013 land use, status rule and evidence) is the measuring's.
 */
export function withRecordIdentity(record: UserSiteRecord, properties: SiteProperties): SiteProperties {
  return { ...properties, ...userSiteIdentity(record) };
}

/** The identity fields of a user site's properties, from its record (the measuring starts from these). */
export function userSiteIdentity(
  record: UserSiteRecord,
): Pick<SiteProperties, 'siteId' | 'status' | 'landuse' | 'name' | 'userOrigin' | 'userAttributes' | 'userExternalId' | 'outsideRegion'> {
  return {
    siteId: record.id,
    status: userStatus,
    landuse: '',
    name: record.name,
    userOrigin: JSON.stringify(record.origin),
    userAttributes: JSON.stringify(record.attributes),
    userExternalId: record.externalId,
    outsideRegion: record.outsideRegion,
  };
}

/** Sets the measured properties of one site (identity from its record); the same state when the id is unknown. */
export function setUserSiteMeasured(state: UserSitesState, id: string, properties: SiteProperties): UserSitesState {
  return setUserSitesMeasured(state, [{ id, properties }]);
}

/** Sets the measured properties of several sites at once (one new state for a whole measuring run). */
export function setUserSitesMeasured(state: UserSitesState, measured: Iterable<{ id: string; properties: SiteProperties }>): UserSitesState {
  const byId = new Map<string, SiteProperties>();
  for (const m of measured) byId.set(m.id, m.properties);
  let changed = false;
  const sites = state.sites.map((e) => {
    const p = byId.get(e.record.id);
    if (!p) return e;
    changed = true;
    return { record: e.record, measured: withRecordIdentity(e.record, p) };
  });
  return changed ? { sites } : state;
}

/** Forgets every measurement (the data build changed): the app measures the sites again. */
export function clearUserSitesMeasured(state: UserSitesState): UserSitesState {
  return state.sites.some((e) => e.measured) ? { sites: state.sites.map((e) => (e.measured ? { record: e.record, measured: null } : e)) } : state;
}

// Selectors, memoised on the state's site array: an unchanged state gives the same objects to every reader.
const featureMemo = new WeakMap<readonly UserSiteEntry[], UserSiteFeature[]>();
const byIdMemo = new WeakMap<readonly UserSiteEntry[], ReadonlyMap<string, SiteProperties>>();
const mergedMemo = new WeakMap<ReadonlyMap<string, SiteProperties>, WeakMap<readonly UserSiteEntry[], ReadonlyMap<string, SiteProperties>>>();

/** Every measured user site as a feature with its own geometry (points stay points), in the order added. */
export function selectUserSiteFeatures(state: UserSitesState): readonly UserSiteFeature[] {
  let out = featureMemo.get(state.sites);
  if (!out) {
    out = state.sites.flatMap((e): UserSiteFeature[] => (e.measured ? [{ type: 'Feature', id: e.record.id, geometry: e.record.geometry, properties: e.measured }] : []));
    featureMemo.set(state.sites, out);
  }
  return out;
}

/** Measured user sites by id, to merge with the shipped sites for scoring, the list, the card and the exports. */
export function selectUserSitesById(state: UserSitesState): ReadonlyMap<string, SiteProperties> {
  let out = byIdMemo.get(state.sites);
  if (!out) {
    out = new Map(state.sites.flatMap((e): [string, SiteProperties][] => (e.measured ? [[e.record.id, e.measured]] : [])));
    byIdMemo.set(state.sites, out);
  }
  return out;
}

/** Records still waiting to be measured (just added, or the data build changed). */
export function selectUnmeasuredUserSites(state: UserSitesState): UserSiteRecord[] {
  return state.sites.filter((e) => !e.measured).map((e) => e.record);
}

/**
 * The shipped sites with the measured user sites after them, as one map for scoring and the views (a user id never
 * collides with a shipped one: user ids start with `user-`; a shipped site would win). The shipped map itself when
 * there are none; memoised, so the same inputs give the same map (and the scorer's columns are not rebuilt).
 */
export function withUserSites(shipped: ReadonlyMap<string, SiteProperties>, state: UserSitesState): ReadonlyMap<string, SiteProperties> {
  const user = selectUserSitesById(state);
  if (user.size === 0) return shipped;
  let memo = mergedMemo.get(shipped);
  if (!memo) mergedMemo.set(shipped, (memo = new WeakMap()));
  let out = memo.get(state.sites);
  if (!out) {
    const merged = new Map(shipped);
    for (const [id, p] of user) if (!shipped.has(id)) merged.set(id, p);
    memo.set(state.sites, (out = merged));
  }
  return out;
}
